import { DateTime } from 'luxon';

/** Daily summaries and weekly digests go out from this hour on, in the network's time zone. */
export const SEND_HOUR = 7;

/**
 * The day a daily summary at `now` belongs to (`2026-12-03`), and whether its hour has come:
 * each member gets one per day, keyed by it.
 */
export function dailySlot(now: Date, timeZone: string): { key: string; due: boolean } {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return { key: local.toISODate() ?? '', due: local.hour >= SEND_HOUR };
}

/** The ISO week a weekly digest at `now` belongs to (`2026-W49`); due from Monday 07:00. */
export function weeklySlot(now: Date, timeZone: string): { key: string; due: boolean } {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return {
    key: local.toFormat("kkkk-'W'WW"),
    due: local.weekday > 1 || local.hour >= SEND_HOUR,
  };
}

/**
 * When the week of `now` began for digests: its Monday at 07:00. A member who joined after it
 * gets their first digest the Monday after, and a new network does not greet everyone at once.
 */
export function weekStart(now: Date, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: timeZone })
    .startOf('week')
    .set({ hour: SEND_HOUR })
    .toJSDate();
}
