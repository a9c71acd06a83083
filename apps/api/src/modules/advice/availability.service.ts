import type {
  AdviserSettings,
  AdviserSettingsBody,
  MemberAdvice,
  Unavailability,
} from '@praxis/contracts/advice';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import * as repository from './requests.repository.ts';

/** The longest pause an adviser can set, so that a typo does not hide them for decades. */
const MAX_AWAY_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface AdviserLimits {
  monthlyCapacity: number | null;
  awayUntil: string | null;
}

/** The day `now` falls on, in UTC, as YYYY-MM-DD. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/** The start of `now`'s calendar month in UTC: capacity counts requests taken on since then. */
export const monthStart = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

/** The first day of the next calendar month, when a full adviser takes requests again. */
export const nextMonthStart = (now: Date) =>
  dayOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)));

/**
 * Why an adviser takes no request at `now`, or null: away while the day is before the one they
 * come back on, full once they took on their monthly number (declined and expired ones aside).
 */
export function unavailability(
  limits: AdviserLimits | undefined,
  takenThisMonth: number,
  now: Date,
): Unavailability | null {
  if (!limits) return null;
  if (limits.awayUntil && limits.awayUntil > dayOf(now)) {
    return { kind: 'away', until: limits.awayUntil };
  }
  if (limits.monthlyCapacity !== null && takenThisMonth >= limits.monthlyCapacity) {
    return { kind: 'full', freeFrom: nextMonthStart(now) };
  }
  return null;
}

/** Why each of these members takes no request now; those who can be asked are left out. */
export async function unavailableAmong(
  db: Db,
  memberIds: string[],
  now: Date,
): Promise<Map<string, Unavailability>> {
  const [limits, taken] = await Promise.all([
    repository.limitsOf(db, memberIds),
    repository.takenSince(db, memberIds, monthStart(now)),
  ]);
  const unavailable = new Map<string, Unavailability>();
  for (const id of memberIds) {
    const why = unavailability(limits.get(id), taken.get(id) ?? 0, now);
    if (why) unavailable.set(id, why);
  }
  return unavailable;
}

export function createAvailabilityService(db: Db) {
  async function settings(member: AccountMember, now = new Date()): Promise<AdviserSettings> {
    const [limits, taken, helped] = await Promise.all([
      repository.limitsOf(db, [member.id]),
      repository.takenSince(db, [member.id], monthStart(now)),
      repository.helpedCounts(db, [member.id]),
    ]);
    const own = limits.get(member.id);
    const takenThisMonth = taken.get(member.id) ?? 0;
    return {
      monthlyCapacity: own?.monthlyCapacity ?? null,
      awayUntil: own?.awayUntil ?? null,
      takenThisMonth,
      helpedCount: helped.get(member.id) ?? 0,
      unavailable: unavailability(own, takenThisMonth, now),
    };
  }

  return {
    settings,

    /** The adviser sets how many requests they take on a month, and a pause until a day. */
    async update(member: AccountMember, body: AdviserSettingsBody, now = new Date()) {
      if (body.awayUntil !== null) {
        if (body.awayUntil < dayOf(now)) {
          throw new AppError('invalid', msg('errors.advice.awayInPast'), {
            fields: { awayUntil: msg('errors.advice.awayInPast') },
          });
        }
        if (body.awayUntil > dayOf(new Date(now.getTime() + MAX_AWAY_DAYS * DAY_MS))) {
          throw new AppError('invalid', msg('errors.advice.awayTooFar'), {
            fields: { awayUntil: msg('errors.advice.awayTooFar') },
          });
        }
      }
      await repository.saveLimits(db, member.id, body);
      return settings(member, now);
    },

    /**
     * How many askers said a member's advice helped them. Any member may know: it is a count of
     * thanks, naming no one, and 0 for an id that names no adviser.
     */
    async memberAdvice(_viewer: AccountMember, memberId: string): Promise<MemberAdvice> {
      return { helpedCount: (await repository.helpedCounts(db, [memberId])).get(memberId) ?? 0 };
    },
  };
}
