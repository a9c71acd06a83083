// The demo programmes' tracks and La Transfo's transformation projects, followed from an idea to
// where they stand today (the BiH programme's seven pilot concepts are in demo-pilots-bih.ts).
// Plain data; demo-pilots.ts turns it into rows. Days count back from the seeding day, like the
// threads' and meetups', so the updates stay recent on every seed.

import type { Locale } from '@praxis/i18n/locales';
import type { trackKind } from '../schema/cohorts.ts';
import type { pilotStage } from '../schema/pilot-stage.ts';
import type { DemoAccount } from './demo-threads-content.ts';

export type DemoStage = (typeof pilotStage.enumValues)[number];

export const TRANSFO = 'La Transfo';
export const BIH = 'Public Sector Innovation — Bosnia and Herzegovina';

export interface DemoTrack {
  programme: string;
  kind: (typeof trackKind.enumValues)[number];
  name: string;
  /** The cohorts, by name, that belong to it. */
  cohorts: string[];
}

export const DEMO_TRACKS: DemoTrack[] = [
  {
    programme: TRANSFO,
    kind: 'other',
    name: 'Transformation residencies',
    cohorts: ['La Transfo 2021', 'La Transfo 2023'],
  },
  {
    programme: TRANSFO,
    kind: 'policy_lab',
    name: 'Policy lab',
    cohorts: ['La Transfo 2021', 'La Transfo 2023'],
  },
  {
    programme: TRANSFO,
    kind: 'training',
    name: 'Public innovation training',
    cohorts: ['La Transfo 2023'],
  },
  {
    programme: BIH,
    kind: 'training',
    name: 'Service design training',
    cohorts: ['Public Sector Innovation BiH 2022'],
  },
  {
    programme: BIH,
    kind: 'train_the_trainers',
    name: 'Train-the-trainers',
    cohorts: ['Public Sector Innovation BiH 2022'],
  },
  // Opened for the next cohort, which has not started: a track may have no cohort yet.
  { programme: BIH, kind: 'policy_lab', name: 'Cantonal policy lab', cohorts: [] },
];

export interface DemoPilotUpdate {
  author: DemoAccount;
  daysAgo: number;
  /** How many days before it was posted the update's day was; 0 when left out. */
  aboutDaysEarlier?: number;
  /** The stage it moved the pilot to, from the stage before it. */
  stage?: DemoStage;
  body: string;
  language?: Locale;
}

export interface DemoPilot {
  name: string;
  programme: string;
  track: string;
  cohort: string;
  /** Only the cohort it came from sees it (with its team and the organisers). */
  cohortOnly?: boolean;
  language?: Locale;
  summary: string;
  organisations: string[];
  /** Its lead first, who started it; each joined when given, else when it started. */
  team: { member: DemoAccount; role: string; joinedDaysAgo?: number }[];
  startedDaysAgo: number;
  /** Days from the seeding day to its planned or actual end: negative in the past. */
  endsInDays?: number;
  /** Set exactly when its last stage change stopped it. */
  stopReason?: string;
  /** Oldest first; the stage each moves to makes the pilot's stage, from an idea. */
  updates: DemoPilotUpdate[];
  followers: DemoAccount[];
  /** What it links to: threads and stories by title, lessons by title, agenda items by title. */
  links: { threads?: string[]; lessons?: string[]; agenda?: string[] };
}

export const TRANSFO_PILOTS: DemoPilot[] = [
  {
    name: 'A checklist and a first phone call for housing-support applications',
    programme: TRANSFO,
    track: 'Transformation residencies',
    cohort: 'La Transfo 2021',
    summary:
      'A one-page checklist stapled to the housing solidarity fund form, and a phone call from an agent instead of a letter for the first missing document. Born in a two-week sprint during the residency; now used by every solidarity centre of the département.',
    organisations: ['Département de la Gironde', 'Région Nouvelle-Aquitaine'],
    team: [
      { member: 'member1', role: 'Lead, designer in residence' },
      { member: 'member16', role: 'Data and measurement' },
      { member: 'member43', role: 'Service designer', joinedDaysAgo: 80 },
    ],
    startedDaysAgo: 400,
    updates: [
      {
        author: 'member1',
        daysAgo: 395,
        stage: 'concept',
        body: 'Sprint done. Three documents explain most incomplete files, and the list of documents sits on **page four** of the form. We are testing a one-page checklist on paper at the reception desk next week.',
      },
      {
        author: 'member16',
        daysAgo: 370,
        stage: 'pilot',
        body: 'The checklist and the first-call script are live at the Bordeaux centre. Baseline, counted by hand before we started: **41%** of applications incomplete on arrival, seven weeks to a decision.',
      },
      {
        author: 'member16',
        daysAgo: 270,
        aboutDaysEarlier: 5,
        body: 'Three months in: incomplete applications down from 41% to **19%**, and a decision takes a little over four weeks. The rewritten letter is still waiting in the IT department’s queue.',
      },
      {
        author: 'member1',
        daysAgo: 30,
        stage: 'scaled',
        body: 'The département has made the checklist and the first call the rule in all its solidarity centres, and the new letter went live this month. The agents keep improving the checklist themselves.',
      },
    ],
    followers: ['member40', 'member14', 'member56', 'member4', 'organiser1'],
    links: {
      threads: [
        'A two-week service-design sprint halved incomplete applications for housing support',
        'What did you report after a service-design sprint?',
      ],
      lessons: ['Count the baseline before the sprint, with the people who will keep counting'],
      agenda: ['Halving incomplete housing-support applications in two weeks'],
    },
  },
  {
    name: 'A weekend on-demand shuttle between three villages and the station',
    programme: TRANSFO,
    track: 'Transformation residencies',
    cohort: 'La Transfo 2023',
    summary:
      'Out of the residency in the Region’s transport directorate: a shuttle booked by phone or text on Friday and Saturday evenings, linking three villages to the regional train station, for young people who have a line but no way to reach it.',
    organisations: ['Région Bretagne', 'Communauté de communes du Kreiz-Breizh'],
    team: [
      { member: 'member41', role: 'Lead' },
      { member: 'member35', role: 'Young people’s panel' },
      { member: 'member34', role: 'Transport contracts', joinedDaysAgo: 120 },
    ],
    startedDaysAgo: 160,
    endsInDays: 200,
    updates: [
      {
        author: 'member41',
        daysAgo: 150,
        stage: 'concept',
        body: 'Two prototypes came out of the Thursday wall: the shuttle, and a fare for under-26s sold on the coach. We start with the shuttle; the fare needs the ticketing contractor.',
      },
      {
        author: 'member34',
        daysAgo: 118,
        body: 'The shuttle fits in the existing on-demand transport contract as a **variation**, so no new procedure. The fare does not: the ticketing contract has no clause for it before its renewal.',
      },
      {
        author: 'member41',
        daysAgo: 95,
        stage: 'pilot',
        body: 'First weekend: 23 trips. The drivers asked for a fixed pick-up point in each village, and the young people for a text the day before; both done.',
      },
      {
        author: 'member35',
        daysAgo: 30,
        body: 'End of the first term: **410 trips**, 62% of them by people under 26, and no trip refused. The shuttle is in next year’s budget for a second term before anyone decides to keep it.',
      },
    ],
    followers: ['member67', 'member13', 'member47', 'member22'],
    links: { threads: ['Three months of immersion inside the Region’s transport directorate'] },
  },
  {
    name: 'A one-page application for the grant to local associations',
    programme: TRANSFO,
    track: 'Policy lab',
    cohort: 'La Transfo 2021',
    summary:
      'A one-page form instead of six for one call of the Region’s grant to local associations, with supporting documents asked for only when a file goes to committee, offered to every applicant beside the usual form.',
    organisations: ['Région Nouvelle-Aquitaine'],
    team: [
      { member: 'member1', role: 'Lead' },
      { member: 'member46', role: 'Grants service' },
      { member: 'member22', role: 'Associations’ panel', joinedDaysAgo: 6 },
    ],
    startedDaysAgo: 20,
    endsInDays: 240,
    updates: [
      {
        author: 'member1',
        daysAgo: 9,
        body: 'Our legal service says two forms for one grant would break equal treatment. Asking the network how others got a yes.',
      },
      {
        author: 'member46',
        daysAgo: 3,
        stage: 'concept',
        body: 'New plan, thanks to the thread: the short form goes to **every** applicant of one call, the long one stays available, and a note signed by the director general sets an end date. The lawyers are writing the risks section themselves.',
      },
    ],
    followers: ['member13', 'member10', 'member25'],
    links: { threads: ['How did you get your legal service to sign off an experiment?'] },
  },
  {
    name: 'Shorter reminder letters for unpaid school canteen bills',
    programme: TRANSFO,
    track: 'Policy lab',
    cohort: 'La Transfo 2023',
    summary:
      'A randomised test of two reminder letters for unpaid canteen bills, each sent to half of the families: the short one puts the amount and how to pay in its first two lines.',
    organisations: ['Ville de Paris'],
    team: [
      { member: 'member11', role: 'Lead, behavioural insights' },
      { member: 'member44', role: 'Online payment page' },
    ],
    startedDaysAgo: 260,
    updates: [
      {
        author: 'member11',
        daysAgo: 255,
        stage: 'pilot',
        body: 'The finance department agreed to send two letters at once, for one quarter. Families are split at random by the last digit of their account number.',
      },
      {
        author: 'member11',
        daysAgo: 215,
        aboutDaysEarlier: 7,
        body: 'Results: within a month, **58%** of families who got the short letter paid, against **49%** with the old one. Same cost, same postage.',
      },
      {
        author: 'member44',
        daysAgo: 140,
        stage: 'scaled',
        body: 'The short letter is now the only one, for every school, and its link opens the payment page with the amount filled in.',
      },
    ],
    followers: ['member8', 'member53', 'member50', 'organiser1'],
    links: { agenda: ['Canteen-bill reminders: our first randomised test'] },
  },
  {
    name: 'Prise de rendez-vous en ligne dans les centres d’action sociale',
    programme: TRANSFO,
    track: 'Public innovation training',
    cohort: 'La Transfo 2023',
    language: 'fr',
    summary:
      'Six mois de test d’un outil de prise de rendez-vous en ligne, d’une jeune entreprise, dans deux centres communaux d’action sociale, avant de décider d’un déploiement.',
    organisations: ['Ville de Nantes', 'CCAS de Nantes'],
    team: [
      { member: 'member2', role: 'Cheffe de projet' },
      { member: 'member19', role: 'Accueil des usagers' },
      { member: 'member5', role: 'Achats', joinedDaysAgo: 110 },
    ],
    startedDaysAgo: 125,
    endsInDays: 60,
    updates: [
      {
        author: 'member2',
        daysAgo: 112,
        stage: 'concept',
        language: 'en',
        body: 'Procurement route settled: an innovative purchase at €55k for the six-month pilot, with a sourcing note comparing three suppliers. Drafting the roll-out tender in parallel.',
      },
      {
        author: 'member2',
        daysAgo: 70,
        stage: 'pilot',
        body: 'Lancement dans les deux centres. Un tiers des rendez-vous de la première semaine ont été pris en ligne, **souvent le soir**.',
      },
      {
        author: 'member19',
        daysAgo: 8,
        body: 'Les agents d’accueil prennent aussi des rendez-vous dans l’outil pour les personnes qui appellent : le téléphone reste indispensable, mais les files du lundi matin ont disparu.',
      },
    ],
    followers: ['member47', 'member16', 'member17', 'member62'],
    links: {
      threads: ['Piloting a start-up’s booking tool for six months: which procurement route?'],
      lessons: ['Buy a small pilot as an innovative purchase, and prepare the next tender at once'],
    },
  },
];
