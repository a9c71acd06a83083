import type {
  EmailPreferences,
  EmailPreferencesUpdate,
  EmailTopic,
  PushTopic,
} from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { addressHealth, clearBounces } from './address-health.repository.ts';
import { choose, chosenModes } from './preferences.repository.ts';
import { modesFor, pushChoices, pushKey, topicsFor, WEEKLY_DIGEST } from './topics.ts';

/** What Praxis mails the member, topic by topic, and whether mail to their address bounced. */
export async function emailPreferencesOf(db: Db, member: AccountMember): Promise<EmailPreferences> {
  const chosen = (await chosenModes(db, [member.id])).get(member.id) ?? new Map();
  const health = await addressHealth(db, member.email);
  return {
    ...modesFor(member.role, chosen),
    push: pushChoices(chosen),
    address: member.email,
    bounced: health?.hardBouncedAt
      ? {
          at: health.hardBouncedAt.toISOString(),
          // The receiving server's words as it gave them; Praxis's own, a `msg`, when it gave none.
          reason: health.lastBounce ?? msg('errors.email.bounceWithoutReason'),
        }
      : null,
  };
}

/**
 * Stores the member's choices; topics left out stay as they were. Flags are mailed only to those
 * who review them, so a member cannot choose a mode for them.
 */
export async function changeEmailPreferences(
  db: Db,
  member: AccountMember,
  update: EmailPreferencesUpdate,
): Promise<EmailPreferences> {
  const allowed = new Set<string>(topicsFor(member.role));
  const topics = Object.entries(update.topics ?? {}) as [
    EmailTopic,
    EmailPreferences['topics'][EmailTopic],
  ][];
  const refused = topics.filter(([topic]) => !allowed.has(topic)).map(([topic]) => topic);
  if (refused.length > 0) {
    throw new AppError('forbidden', msg('errors.email.flagsTopicForbidden'), {
      fields: Object.fromEntries(
        refused.map((topic) => [`topics.${topic}`, msg('errors.email.notYoursToChoose')]),
      ),
    });
  }
  await choose(db, member.id, [
    ...topics.map(([topic, mode]) => ({ topic, mode })),
    ...(update.weeklyDigest === undefined
      ? []
      : [{ topic: WEEKLY_DIGEST, mode: update.weeklyDigest ? 'weekly' : 'off' } as const]),
    ...(Object.entries(update.push ?? {}) as [PushTopic, boolean][]).map(
      ([topic, on]) => ({ topic: pushKey(topic), mode: on ? 'on' : 'off' }) as const,
    ),
  ]);
  return emailPreferencesOf(db, member);
}

/** "I fixed my address": mail to the member's current address goes out again. */
export async function retryAddress(db: Db, member: AccountMember): Promise<EmailPreferences> {
  await clearBounces(db, member.email);
  return emailPreferencesOf(db, member);
}

/**
 * Whether the member wants `topic` pushed to their devices: their own choice, on by default.
 * Apart from e-mail: a topic mailed only daily, or not at all, may still be pushed.
 */
export async function pushWanted(db: Db, memberId: string, topic: PushTopic): Promise<boolean> {
  const chosen = (await chosenModes(db, [memberId])).get(memberId) ?? new Map();
  return pushChoices(chosen)[topic];
}
