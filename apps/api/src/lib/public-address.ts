import { type LookupAddress, lookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Addresses that are not on the public internet: this machine, private networks, link-local. */
const notPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv4');
}
// ::/96 (IPv4-compatible, `[::127.0.0.1]`), 6to4 and Teredo carry an IPv4 address inside that
// a relay may deliver to: they are refused whole rather than judged by the address within.
for (const [network, prefix] of [
  ['::', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['2001::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is one anybody on the internet reaches alike (not ours, not a LAN's). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6 && address.toLowerCase().startsWith('::ffff:')) {
    // An IPv4 address written as IPv6 is judged as the IPv4 one.
    return isPublicAddress(address.slice(7));
  }
  return !notPublic.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * A DNS lookup for outgoing requests to addresses that others chose (a browser's push endpoint):
 * a name that resolves to a private or loopback address fails, so such a request cannot reach
 * into the server's own network. Checked on the connection's own lookup, so a name cannot
 * resolve one way when checked and another when connected.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      callback(error, '', 0);
      return;
    }
    const refused = addresses.find(({ address }) => !isPublicAddress(address));
    const first = addresses[0];
    if (refused || !first) {
      const refusal = Object.assign(
        new Error(`${hostname} does not resolve to public addresses only`),
        { code: 'ENOTPUBLIC' },
      );
      callback(refusal, '', 0);
      return;
    }
    if (options.all) {
      (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
      return;
    }
    callback(null, first.address, first.family);
  });
};
