// Where the server is reached from: its origins, the proxies in front of it, this machine.

/** An address browsers treat as secure: https, or http to this machine itself. */
export function isHttpsOrLoopback(url: URL): boolean {
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
  );
}

/** TRUST_PROXY: false, true (one proxy), a number of proxies, or their addresses. */
export function parseTrustProxy(value: string): false | number | string[] {
  if (value === 'false' || value === '0') return false;
  if (value === 'true') return 1;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
}

/** Addresses only this machine can reach. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

/** localhost and 127.0.0.1 name the same machine; a person may type either. */
export function originsFor(publicOrigin: string): string[] {
  const url = new URL(publicOrigin);
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return [publicOrigin];
  const port = url.port ? `:${url.port}` : '';
  return [`${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`];
}
