import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Author } from './common.ts';

// Who was at a meetup: organisers mark attendance, members check in through the venue's link.

/** How long before a meetup starts its check-in opens; it closes when the meetup ends. */
export const CHECK_IN_OPENS_MINUTES_BEFORE = 30;

/** When members may check themselves in; null while the meetup has no date. */
export const CheckInWindow = z
  .object({ opensAt: z.iso.datetime(), closesAt: z.iso.datetime() })
  .nullable();
export type CheckInWindow = z.infer<typeof CheckInWindow>;

export const CheckInMemberParams = z.object({
  id: z.uuid({ error: msg('validation.meetups.meetupId') }),
  memberId: z.uuid({ error: msg('validation.meetups.checkInMemberId') }),
});

/** Any string: a link that was mistyped or replaced is answered like one that never was. */
export const VenueTokenParams = z.object({
  token: z.string().min(1).max(200),
});

export const CheckInCandidatesQuery = z.object({
  q: z.string().trim().max(100).default(''),
});

/** A member on the organisers' attendance list: their answer, and whether they were there. */
export const RosterEntry = z.object({
  member: Author,
  /** Their RSVP, or null when they came without answering. */
  rsvp: z.enum(['going', 'maybe', 'not_going', 'waitlisted']).nullable(),
  checkedInAt: z.iso.datetime().nullable(),
  /** The organiser who marked them; null when they checked in themselves (or are not in). */
  markedBy: Author.nullable(),
});
export type RosterEntry = z.infer<typeof RosterEntry>;

export const CheckInRoster = z.object({
  meetupId: z.uuid(),
  window: CheckInWindow,
  /** Whether organisers may mark attendance now: from the window's opening on. */
  canMark: z.boolean(),
  checkedInCount: z.number().int(),
  /** Those who said going, maybe or waitlisted, and anyone checked in, by name. */
  people: z.array(RosterEntry),
});
export type CheckInRoster = z.infer<typeof CheckInRoster>;

export const CheckInCandidates = z.object({ members: z.array(Author) });
export type CheckInCandidates = z.infer<typeof CheckInCandidates>;

/** The venue link and what the organisers' page says of it. */
export const CheckInLink = z.object({
  url: z.url(),
  window: CheckInWindow,
});
export type CheckInLink = z.infer<typeof CheckInLink>;

/** What a member who opens the venue link sees. */
export const VenueCheckIn = z.object({
  meetup: z.object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(['proposed', 'scheduled', 'done', 'cancelled']),
    startsAt: z.iso.datetime().nullable(),
    endsAt: z.iso.datetime().nullable(),
    timezone: z.string(),
    venue: z.string(),
  }),
  window: CheckInWindow,
  /** `open`: they can check in now; `not_yet` and `closed`: outside the window. */
  state: z.enum(['open', 'not_yet', 'closed', 'cancelled']),
  checkedInAt: z.iso.datetime().nullable(),
  /** True when they were checked in before this request (a check-in then changes nothing). */
  already: z.boolean(),
});
export type VenueCheckIn = z.infer<typeof VenueCheckIn>;
