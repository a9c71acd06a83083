import type { Counted } from '../../../lib/fill-template.ts';

/**
 * The weekly network digest, in English. A translation copies this file and swaps the text:
 * every entry is a whole sentence or heading; `{name}` marks a value put in as it is; a counted
 * phrase gives one text per plural category the language uses (Intl.PluralRules: `one`, `few`,
 * `many`, `other`…), `other` always; lists of values are joined by the language's own rules
 * (Intl.ListFormat).
 */
export const digestMessages: DigestMessages = {
  lang: 'en-GB',
  /** `{counts}`: the counted phrases below that apply, as a list. */
  subject: 'Your week on Praxis: {counts}',
  counts: {
    stories: { one: '{count} story', other: '{count} stories' },
    questions: { one: '{count} question for you', other: '{count} questions for you' },
    meetups: { one: '{count} meetup to answer', other: '{count} meetups to answer' },
    polls: { one: '{count} date poll to vote in', other: '{count} date polls to vote in' },
    members: { one: '{count} new member', other: '{count} new members' },
  },
  preview: 'What happened in the network this week, and what is waiting for you.',
  heading: 'Your week on Praxis',
  /** `{since}`: the day the week began, e.g. "Monday 1 December". */
  intro: 'Here is what is new in the network since {since} that you have not seen yet.',
  sections: {
    stories: {
      heading: 'New stories',
      more: { one: 'See {count} more story', other: 'See {count} more stories' },
    },
    questions: {
      heading: 'Questions you could answer',
      more: { one: 'See {count} more question', other: 'See {count} more questions' },
    },
    meetups: {
      heading: 'Meetups waiting for your answer',
      more: { one: 'See {count} more meetup', other: 'See {count} more meetups' },
    },
    polls: {
      heading: 'Date polls waiting for your vote',
      more: { one: 'See {count} more poll', other: 'See {count} more polls' },
    },
    members: {
      heading: 'New in your cohorts',
      more: { one: 'See {count} more new member', other: 'See {count} more new members' },
    },
  },
  story: {
    success: 'A success story by {author}',
    failure: 'A failure story by {author}',
    successInCohort: 'A success story by {author}, for {cohort}',
    failureInCohort: 'A failure story by {author}, for {cohort}',
  },
  question: {
    asked: 'Asked by {author}, about {tags}',
    askedInCohort: 'Asked by {author} in {cohort}, about {tags}',
  },
  /** `{day}`: e.g. "Wed 23 December"; `{time}`: e.g. "18:00 CET", in the meetup's time zone. */
  meetup: {
    atVenue: '{day}, {time}, at {venue}',
    online: '{day}, {time}, online',
    plain: '{day}, {time}',
  },
  poll: {
    dates: {
      one: 'One possible date: {first}',
      other: '{count} possible dates, from {first} to {last}',
    },
  },
  member: { joined: 'Joined {cohort}' },
  action: 'Open Praxis',
  footer: {
    reason:
      'You receive this digest on Mondays because you are a member of Praxis. It lists only what you have not seen yet, and nothing comes in a week with nothing new for you.',
    preferences: 'E-mail preferences',
    unsubscribe: 'Stop the weekly digest',
  },
};

type Kinds = 'stories' | 'questions' | 'meetups' | 'polls' | 'members';

export interface DigestMessages {
  /** BCP 47: the mail's language, and how its numbers, lists and dates are written. */
  lang: string;
  subject: string;
  counts: Record<Kinds, Counted>;
  preview: string;
  heading: string;
  intro: string;
  sections: Record<Kinds, { heading: string; more: Counted }>;
  story: { success: string; failure: string; successInCohort: string; failureInCohort: string };
  question: { asked: string; askedInCohort: string };
  meetup: { atVenue: string; online: string; plain: string };
  poll: { dates: Counted };
  member: { joined: string };
  action: string;
  footer: { reason: string; preferences: string; unsubscribe: string };
}
