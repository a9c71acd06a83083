import type { Db } from '@praxis/db/client';
import type { MailConfig } from '../../config.ts';
import type { Unsubscribable } from './topics.ts';
import { unsubscribeToken } from './unsubscribe-tokens.ts';

/** Where a member changes what Praxis mails them. */
export const preferencesUrl = (publicOrigin: string) => `${publicOrigin}/settings/email`;

/**
 * The headers every mail about members' activity carries, and the links its footer shows: the
 * one-click unsubscribe (RFC 8058) for this member and topic, by https and, when the inbound
 * listener is on, by mail; the list it belongs to; and that a machine sent it (so
 * auto-responders stay quiet).
 */
export async function listHeaders(
  db: Db,
  options: { publicOrigin: string; mail: MailConfig; memberId: string; topic: Unsubscribable },
) {
  const token = await unsubscribeToken(db, options.memberId, options.topic);
  const host = options.mail.inbound?.domain ?? new URL(options.publicOrigin).hostname;
  const oneClick = `${options.publicOrigin}/api/email/unsubscribe?token=${token}`;
  const mailto = options.mail.inbound
    ? `<mailto:unsubscribe+${token}@${options.mail.inbound.domain}>, `
    : '';
  return {
    headers: {
      'List-Unsubscribe': `${mailto}<${oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `Praxis ${options.topic.replaceAll('_', ' ')} <${options.topic.replaceAll('_', '-')}.${host}>`,
      'Auto-Submitted': 'auto-generated',
    },
    /** The page behind the footer's unsubscribe link, where a click (GET) only asks to confirm. */
    unsubscribePage: `${options.publicOrigin}/unsubscribe?token=${token}`,
    preferencesPage: preferencesUrl(options.publicOrigin),
  };
}
