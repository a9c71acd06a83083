import { isIP } from 'node:net';
import type { AccountMember } from '@praxis/contracts/members';
import type { PushDeviceList, PushKey, PushSubscriptionInput } from '@praxis/contracts/push';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import webpush from 'web-push';
import { AppError } from '../../app-error.ts';
import { isPublicAddress } from '../../lib/public-address.ts';
import { serverSecret } from '../../lib/signing.ts';
import type { PushConfig } from '../../push-config.ts';
import { hashToken } from '../../tokens.ts';
import * as repository from './push.repository.ts';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/** Keys read before, per database handle: they never change. */
const kept = new WeakMap<Db, VapidKeys>();

/**
 * The VAPID key pair push requests are signed with: the operator's, or one made at first use
 * and kept among the server's secrets, so that every instance signs alike and subscriptions
 * survive restarts.
 */
export async function vapidKeys(db: Db, config: PushConfig): Promise<VapidKeys> {
  if (config.vapidKeys) return config.vapidKeys;
  const known = kept.get(db);
  if (known) return known;
  const keys = JSON.parse(
    await serverSecret(db, 'vapid', () => JSON.stringify(webpush.generateVAPIDKeys())),
  ) as VapidKeys;
  kept.set(db, keys);
  return keys;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Devices one member may have: more than anyone carries, and a bound on the requests one
 * notification makes the server send.
 */
export const DEVICES_PER_MEMBER = 10;

/**
 * Whether Praxis may send to this endpoint. The server itself makes the request, so an endpoint
 * must not point into its own network: https to a name or a public address (the name is checked
 * again when connecting), on port 443 in production; plain http to this machine only for tests
 * that turned it on (PUSH_LOOPBACK_ENDPOINTS).
 */
export function endpointAllowed(endpoint: string, config: PushConfig): boolean {
  const url = new URL(endpoint);
  if (url.username || url.password) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (config.loopbackEndpoints && LOOPBACK.includes(url.hostname)) {
    return url.protocol === 'http:' || url.protocol === 'https:';
  }
  if (url.protocol !== 'https:') return false;
  // An empty port is https's own, 443.
  if (config.httpsOnly && url.port !== '') return false;
  if (isIP(host) !== 0) return isPublicAddress(host);
  return host.includes('.') && !/\.(localhost|local|internal|home\.arpa)$/i.test(host);
}

/** "Chrome · Android": what a member recognises their device by, from its User-Agent. */
export function deviceLabel(userAgent: string | undefined): string {
  const agent = userAgent ?? '';
  const browser =
    [
      ['Edge', /Edg(e|A|iOS)?\//],
      ['Opera', /OPR\//],
      ['Samsung Internet', /SamsungBrowser\//],
      ['Firefox', /(Firefox|FxiOS)\//],
      ['Chrome', /(Chrome|CriOS)\//],
      ['Safari', /Version\/.*Safari\//],
    ].find(([, pattern]) => (pattern as RegExp).test(agent))?.[0] ?? null;
  const system =
    [
      ['Android', /Android/],
      ['iOS', /iPhone|iPad|iPod/],
      ['ChromeOS', /CrOS/],
      ['Windows', /Windows/],
      ['macOS', /Mac OS X|Macintosh/],
      ['Linux', /Linux/],
    ].find(([, pattern]) => (pattern as RegExp).test(agent))?.[0] ?? null;
  // Empty when neither is known: the device list names it in the reader's language.
  return [browser, system].filter(Boolean).join(' · ');
}

export function createPushService(db: Db, config: PushConfig) {
  return {
    async key(): Promise<PushKey> {
      return { publicKey: (await vapidKeys(db, config)).publicKey };
    },

    /** Stores this browser's subscription, bound to the session: signing out removes it. */
    async subscribe(
      member: AccountMember,
      sessionToken: string,
      input: PushSubscriptionInput,
      userAgent: string | undefined,
    ): Promise<PushDeviceList> {
      if (!endpointAllowed(input.endpoint, config)) {
        throw new AppError('invalid', msg('errors.push.endpointRefused'), {
          fields: { endpoint: msg('errors.push.endpointRefused') },
        });
      }
      const stored = await repository.upsert(db, {
        memberId: member.id,
        sessionId: hashToken(sessionToken),
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
        label: deviceLabel(userAgent),
      });
      if (!stored) throw new AppError('conflict', msg('errors.push.endpointTaken'));
      // A new browser beyond the bound takes the place of the longest-standing one.
      await repository.keepNewest(db, member.id, DEVICES_PER_MEMBER);
      return this.devices(member, sessionToken);
    },

    async devices(member: AccountMember, sessionToken: string): Promise<PushDeviceList> {
      const session = hashToken(sessionToken);
      const rows = await repository.listOf(db, member.id);
      return {
        devices: rows.map((row) => ({
          id: row.id,
          label: row.label,
          createdAt: row.createdAt.toISOString(),
          lastPushedAt: row.lastPushedAt?.toISOString() ?? null,
          thisDevice: row.sessionId === session,
        })),
      };
    },

    async remove(member: AccountMember, sessionToken: string, id: string) {
      if (!(await repository.removeOwn(db, member.id, id))) {
        throw new AppError('not_found', msg('errors.push.deviceGone'));
      }
      return this.devices(member, sessionToken);
    },
  };
}
