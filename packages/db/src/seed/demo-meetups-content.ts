// The demo network's meetup series and the meetups ahead: the next Inter-Transfo with a full
// room and a waitlist, and the one after it still polling for a date (the past ones are in
// demo-meetups-past.ts). Plain data; demo-meetups.ts turns it into rows. Dates count in weeks from
// the week of seeding, so the demo always has a past, a next meetup and an open poll.

import type { AgendaKind } from '@praxis/contracts/meetups';
import type { DemoAccount } from './demo-threads-content.ts';

export interface DemoSeries {
  name: string;
  description: string;
  cadenceMonths: number;
  defaultDurationMinutes: number;
  defaultTimezone: string;
  defaultVenue: string;
  defaultOnlineUrl: string;
  /** Cohorts by name; none invites the whole network. */
  cohorts: string[];
  organisers: DemoAccount[];
  createdBy: DemoAccount;
}

export interface DemoAgendaItem {
  speaker: DemoAccount;
  title: string;
  kind: AgendaKind;
  minutes: number;
  /** The title of a network-wide thread it presents; a story is presented by its author. */
  thread?: string;
  /** Accepted items are placed in the order given, one after the other. */
  status: 'accepted' | 'proposed' | 'declined';
}

export interface DemoMeetup {
  series: string;
  title: string;
  description: string;
  status: 'proposed' | 'scheduled' | 'done';
  /**
   * The day it happens, or the day its open poll's candidates count from: an ISO weekday
   * (1 Monday) of the week that many weeks from the week of seeding. If any of its dates falls in
   * the holidays, all of them move a week at a time away from today.
   */
  date: { weeksFromNow: number; weekday: number };
  /** Wall-clock times in `timezone`, of the meetup or of each candidate date. */
  from: string;
  to: string;
  timezone: string;
  venue: string;
  onlineUrl: string;
  capacity: number | null;
  createdBy: DemoAccount;
  /**
   * Its date poll: candidate days counted from `date` (0 is the date chosen, unless the poll is
   * still open), and each voter's answers in that order: y yes, ? if need be, n no.
   */
  poll?: {
    days: number[];
    votes: Partial<Record<DemoAccount, string>>;
    /** What some voters added to their votes. */
    comments?: Partial<Record<DemoAccount, string>>;
    /** An open poll's deadline, this many days after seeding. */
    closesInDays?: number;
  };
  /**
   * Who answered, each list in the order they answered: first those going (seats go first come,
   * first served), then the maybes and the not going, then the waitlist once the seats are gone.
   */
  going?: DemoAccount[];
  maybe?: DemoAccount[];
  notGoing?: DemoAccount[];
  waitlist?: DemoAccount[];
  agenda?: DemoAgendaItem[];
  /** Markdown, for a meetup that is done. */
  notes?: string;
}

export const INTER_TRANSFO = 'Inter-Transfo';
export const BIH_CIRCLE = 'BiH cohort circle';
export const INTER_TRANSFO_ONLINE = 'https://meet.praxis.example/inter-transfo';

export const DEMO_SERIES: DemoSeries[] = [
  {
    name: INTER_TRANSFO,
    description:
      'Every six months the whole network meets for an evening to exchange what we tried back in our administrations: what worked, where we failed, and what we would do differently. The format comes from La 27e Région’s *inter-Transfo*, where La Transfo alumni have met every six months since the first cohort.\n\n- **Who:** everyone on Praxis, La Transfo and the BiH programme alike, in the room or online.\n- **Format:** short talks, at least half of them about something that did **not** work, then a clinic on projects that are stuck.\n- **Contributing:** propose a talk on the meetup’s page, ideally linked to a story you have written, so that those who missed it can read it later.\n\nThe notes of every meetup stay on its page.',
    cadenceMonths: 6,
    defaultDurationMinutes: 180,
    defaultTimezone: 'Europe/Paris',
    defaultVenue: 'La 27e Région, Paris',
    defaultOnlineUrl: INTER_TRANSFO_ONLINE,
    cohorts: [],
    organisers: ['organiser1', 'organiser2'],
    createdBy: 'organiser1',
  },
  {
    name: BIH_CIRCLE,
    description:
      'Once a year the alumni of the Public Sector Innovation training in Bosnia and Herzegovina spend a day together, in Bosnian, on the pilots that came out of our cohort: where they stand, who owns them now, and what blocks them. Hosted by a different canton each year.',
    cadenceMonths: 12,
    defaultDurationMinutes: 360,
    defaultTimezone: 'Europe/Sarajevo',
    defaultVenue: 'Mostar City Hall',
    defaultOnlineUrl: 'https://meet.praxis.example/bih-cohort',
    cohorts: ['Public Sector Innovation BiH 2022'],
    organisers: ['organiser2', 'member9'],
    createdBy: 'organiser2',
  },
];

export const UPCOMING_MEETUPS: DemoMeetup[] = [
  {
    series: INTER_TRANSFO,
    title: 'Inter-Transfo: showing what a lab is worth',
    description:
      'An evening on evidence and budgets: how to report a lab’s work to a budget committee without overclaiming, how to keep a team when its contracts run out, and what to measure after a sprint.\n\nThis time we have the **small room** at La 27e Région: 12 seats, given in the order you answer, then a waitlist. The online link is open to everyone, no answer needed.',
    status: 'scheduled',
    date: { weeksFromNow: 5, weekday: 4 },
    from: '18:00',
    to: '21:00',
    timezone: 'Europe/Paris',
    venue: 'La 27e Région, Paris',
    onlineUrl: INTER_TRANSFO_ONLINE,
    capacity: 12,
    createdBy: 'organiser1',
    // Thursdays a week apart; the first had the most yes votes.
    poll: {
      days: [0, 7, 14],
      votes: {
        member38: 'yyn',
        member54: 'yn?',
        member5: 'y?y',
        member25: 'yny',
        member34: 'yyn',
        member41: 'y??',
        member9: 'nyy',
        member67: 'yny',
      },
    },
    // The demo's visitors sign in as member1 or member2: neither has answered, so a visitor who
    // says "going" lands on the waitlist.
    going: [
      'organiser1',
      'member38',
      'member54',
      'member5',
      'member13',
      'member25',
      'member34',
      'member41',
      'member43',
      'member47',
      'member67',
      'member40',
    ],
    maybe: ['member7', 'member16', 'member12'],
    notGoing: ['member9', 'member14'],
    waitlist: ['member10', 'member28', 'member55'],
    agenda: [
      {
        speaker: 'member38',
        title: 'Reporting a lab as a portfolio, not an ROI',
        kind: 'lesson',
        minutes: 25,
        thread: 'What do you answer when someone asks for the lab’s return on investment?',
        status: 'accepted',
      },
      {
        speaker: 'member54',
        title: 'Keeping the team when the contracts run out',
        kind: 'lesson',
        minutes: 20,
        status: 'accepted',
      },
      {
        speaker: 'member41',
        title: 'Three months inside the transport directorate',
        kind: 'success_story',
        minutes: 20,
        thread: 'Three months of immersion inside the Region’s transport directorate',
        status: 'proposed',
      },
      {
        speaker: 'member40',
        title: 'What we measured after the tax-office sprint',
        kind: 'lesson',
        minutes: 15,
        status: 'proposed',
      },
    ],
  },
  {
    series: INTER_TRANSFO,
    title: 'Inter-Transfo in Sarajevo',
    description:
      'A full day in Sarajevo, the first Inter-Transfo outside France, with the talks streamed for those who cannot travel. We are looking for six ten-minute talks, at least half of them about something that did **not** work, and a session for the BiH cohort in the afternoon.\n\nPlease answer the poll for every date, even if you can only join online. Travel grants are available for members of the BiH cohort: ask Omar.',
    status: 'proposed',
    date: { weeksFromNow: 26, weekday: 4 },
    from: '09:30',
    to: '17:30',
    timezone: 'Europe/Sarajevo',
    venue: 'Sarajevo, venue announced with the date',
    onlineUrl: INTER_TRANSFO_ONLINE,
    capacity: 60,
    createdBy: 'organiser1',
    // Thursday and Friday of two consecutive weeks.
    poll: {
      days: [0, 1, 7, 8],
      votes: {
        member9: 'yy?n',
        member3: 'y?yy',
        member6: '?yyn',
        member12: 'yyyy',
        member15: 'nyy?',
        member27: 'y?ny',
        member28: 'yn?y',
        member34: '?nyy',
        member38: 'yy?n',
        member54: 'yyy?',
        member25: 'n?yy',
      },
      comments: {
        member3: 'The Friday suits me best: I can take the night train on Thursday.',
        member15: 'The first week I can only join online, the second in person.',
      },
      closesInDays: 10,
    },
    agenda: [
      {
        speaker: 'member28',
        title: 'The chatbot nobody used',
        kind: 'failure_story',
        minutes: 10,
        thread: 'The chatbot for citizen enquiries that nobody used',
        status: 'proposed',
      },
      {
        speaker: 'member12',
        title: 'Keeping a lab alive through a change of government',
        kind: 'workshop',
        minutes: 60,
        thread: 'Keeping a lab alive after a change of minister',
        status: 'proposed',
      },
      {
        speaker: 'organiser2',
        title: 'BiH cohort session: what happens to a pilot when its owner leaves',
        kind: 'workshop',
        minutes: 60,
        status: 'proposed',
      },
    ],
  },
];
