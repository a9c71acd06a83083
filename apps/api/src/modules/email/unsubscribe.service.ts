import {
  type EmailMode,
  EmailTopic,
  type UnsubscribePreview,
  type UnsubscribeResult,
} from '@praxis/contracts/email';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { choose, chosenModes, preferenceHolder } from './preferences.repository.ts';
import { DAILY_SUMMARY, modesFor, WEEKLY_DIGEST } from './topics.ts';
import { readUnsubscribeToken } from './unsubscribe-tokens.ts';

function invalidLink() {
  return new AppError('invalid', msg('errors.email.unsubscribeLinkInvalid'), {
    fields: { token: msg('errors.email.unsubscribeLinkInvalidField') },
  });
}

/** `amra.hadzic@agency.example` as `am•••@agency.example`: enough to recognise, not to harvest. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const local = at < 0 ? address : address.slice(0, at);
  const shown = local.length > 4 ? 2 : 1;
  return `${local.slice(0, shown)}•••${at < 0 ? '' : address.slice(at)}`;
}

/**
 * What the link's token would stop for its member: the topic, every topic now summarised daily,
 * or the weekly digest. A token the server did not sign, or of a member no longer there, is
 * refused.
 */
export async function previewUnsubscribe(db: Db, token: string): Promise<UnsubscribePreview> {
  return (await whatStops(db, token)).preview;
}

/**
 * Turns off what the link names, for the member it names, with no session: the token is the
 * proof. Asking twice changes nothing more.
 */
export async function unsubscribe(db: Db, token: string): Promise<UnsubscribeResult> {
  const { memberId, preview } = await whatStops(db, token);
  await choose(
    db,
    memberId,
    preview.topic === WEEKLY_DIGEST
      ? [{ topic: WEEKLY_DIGEST, mode: 'off' }]
      : preview.topics.map((topic) => ({ topic, mode: 'off' as const })),
  );
  return { topic: preview.topic, address: preview.address };
}

async function whatStops(db: Db, token: string) {
  const named = await readUnsubscribeToken(db, token);
  const member = named && (await preferenceHolder(db, named.memberId));
  if (!named || !member) throw invalidLink();
  const chosen = (await chosenModes(db, [member.id])).get(member.id) ?? new Map();
  const modes = modesFor(member.role, chosen);
  const { topic } = named;
  const address = maskAddress(member.email);
  const preview: UnsubscribePreview =
    topic === WEEKLY_DIGEST
      ? { topic, address, topics: [], alreadyOff: !modes.weeklyDigest }
      : topic === DAILY_SUMMARY
        ? dailyPreview(address, modes.topics)
        : { topic, address, topics: [topic], alreadyOff: modes.topics[topic] === 'off' };
  return { memberId: member.id, preview };
}

function dailyPreview(address: string, modes: Record<EmailTopic, EmailMode>): UnsubscribePreview {
  const daily = EmailTopic.options.filter((topic) => modes[topic] === 'daily');
  return { topic: DAILY_SUMMARY, address, topics: daily, alreadyOff: daily.length === 0 };
}
