// The practice library's lessons drawn from La Transfo's stories, solved questions and meetups,
// one of them translated into French, one in review and one still a draft (the BiH cohort's
// lessons are in demo-lessons-bih.ts). Plain data; demo-lessons.ts turns it into rows.

import type { Locale } from '@praxis/i18n/locales';
import type { LessonSections, lessonConsent } from '../schema/lessons.ts';
import { type DemoStage, TRANSFO } from './demo-pilots-content.ts';
import type { DemoAccount } from './demo-threads-content.ts';

/**
 * One source: a thread or story by title (with `reply`, that member's reply in it), a meetup's
 * notes by the meetup's title, or (with `agenda`) that item of its agenda. Its author is asked
 * unless they wrote the lesson; `consent` is their answer, `agreed` when left out.
 */
export interface DemoLessonSource {
  thread?: string;
  reply?: DemoAccount;
  meetup?: string;
  agenda?: string;
  consent?: Exclude<(typeof lessonConsent.enumValues)[number], 'not_asked'>;
  /** The author let a lesson from a cohort-only source reach the whole network. */
  widened?: boolean;
}

export interface DemoLesson {
  title: string;
  language?: Locale;
  programme: string;
  cohort?: string;
  stage?: DemoStage;
  status: 'draft' | 'in_review' | 'published';
  /** Its creator first. */
  authors: DemoAccount[];
  createdDaysAgo: number;
  publishedDaysAgo?: number;
  tags: string[];
  sections: LessonSections;
  sources: DemoLessonSource[];
  helpful?: DemoAccount[];
  /** The title of the lesson it translates. */
  translationOf?: string;
}

const BOUGHT = 'Inter-Transfo: what we bought, what we built';
const MEASURED = 'Inter-Transfo: small changes, measured';
const BASELINE = 'Count the baseline before the sprint, with the people who will keep counting';

export const TRANSFO_LESSONS: DemoLesson[] = [
  {
    title: 'Secure access to the data before you buy an innovation',
    programme: TRANSFO,
    cohort: 'La Transfo 2021',
    status: 'published',
    authors: ['organiser1'],
    createdDaysAgo: 108,
    publishedDaysAgo: 100,
    tags: ['innovation procurement', 'data sharing', 'procurement'],
    sections: {
      problem:
        'An innovation partnership for school bus routes needed data (stops, enrolments, vehicles) held by the bus operators, under contracts that did not oblige them to share it.',
      tried:
        'A seven-month competitive procedure, one partner selected, three phases paid by milestone, and the assumption that operators would hand the data over because the Region is their client.',
      evidence:
        'Phase 1 was accepted **four months late**, mostly waiting for data. The contract ended by mutual agreement at month 14 with nothing usable; five months went on lawyers because the milestones were too vague to refuse.',
      caveats:
        'One partnership, one Region. The partner’s cash trouble made things worse, and that part may not repeat.',
      useWhen:
        'Before launching any procedure whose product runs on data that suppliers or operators hold: check the contracts first, and write go/no-go criteria you can measure.',
    },
    sources: [
      {
        thread: 'Our innovation partnership for school transport routes collapsed after 14 months',
      },
      { meetup: BOUGHT, agenda: 'The innovation partnership that collapsed after 14 months' },
    ],
    helpful: ['member47', 'member5', 'member2', 'member25', 'member21', 'member13'],
  },
  {
    title: 'Buy a small pilot as an innovative purchase, and prepare the next tender at once',
    programme: TRANSFO,
    cohort: 'La Transfo 2023',
    stage: 'concept',
    status: 'published',
    authors: ['member2'],
    createdDaysAgo: 100,
    publishedDaysAgo: 92,
    tags: ['innovation procurement', 'procurement', 'pilots', 'legal'],
    sections: {
      problem:
        'A six-month pilot of a start-up’s booking tool (about €55,000) met a procurement team whose first answer was a full open tender, longer than the pilot itself.',
      tried:
        'An innovative purchase without prior competition, below the €100,000 threshold, with a short sourcing note comparing three suppliers; the roll-out tender drafted in parallel.',
      evidence:
        'The legal service agreed once it saw the article of the code and a checklist from another département. The pilot started within two months instead of nine.',
      caveats:
        'This route exists under the French public procurement code; check what your own law allows. The pilot cannot simply be extended into a roll-out.',
      useWhen: 'You want to test something new and small, for months, before deciding to buy it.',
    },
    sources: [
      { thread: 'Piloting a start-up’s booking tool for six months: which procurement route?' },
      {
        thread: 'Piloting a start-up’s booking tool for six months: which procurement route?',
        reply: 'member5',
      },
    ],
    helpful: ['member47', 'member16', 'member34', 'member21', 'member18'],
  },
  {
    title: BASELINE,
    programme: TRANSFO,
    cohort: 'La Transfo 2021',
    stage: 'pilot',
    status: 'published',
    authors: ['member40', 'organiser1'],
    createdDaysAgo: 66,
    publishedDaysAgo: 60,
    tags: ['service design', 'evaluation', 'measurement', 'sprint'],
    sections: {
      problem:
        'A two-week sprint is too short to move a big number, and a director asks “how will we know it worked?”. Afterwards, the baseline is almost impossible to rebuild.',
      tried:
        'Report the sprint as research (who you met, what you found, what you tested) and the change three to six months later, on one or two measures the service already records, counted **before** the sprint.',
      evidence:
        'In the housing-support sprint, incomplete applications fell from **41% to 19%** and a decision from seven weeks to about four. The 41% existed only because one agent kept a tally by hand; the agents’ own count convinced the director.',
      caveats:
        'Half the tables at the workshop found that their measure is not recorded anywhere. A comparison period matters, or the result looks seasonal.',
      useWhen:
        'Before any sprint or small change that management will want to judge: agree the measure, the baseline and what would count as failure.',
    },
    sources: [
      // A solved question is drawn on with its accepted answer, as the API draws it.
      { thread: 'What did you report after a service-design sprint?' },
      { thread: 'What did you report after a service-design sprint?', reply: 'member7' },
      {
        thread:
          'A two-week service-design sprint halved incomplete applications for housing support',
      },
      { meetup: MEASURED },
      { meetup: MEASURED, agenda: 'Counting before you change: a baseline in an hour' },
    ],
    helpful: [
      'member1',
      'member14',
      'member43',
      'member56',
      'member58',
      'member8',
      'member9',
      'member3',
      'member28',
    ],
  },
  {
    title: 'Compter avant le sprint, avec ceux qui continueront à compter',
    language: 'fr',
    translationOf: BASELINE,
    programme: TRANSFO,
    cohort: 'La Transfo 2021',
    stage: 'pilot',
    status: 'published',
    authors: ['member43'],
    createdDaysAgo: 22,
    publishedDaysAgo: 20,
    tags: ['design de services', 'évaluation', 'mesure'],
    sections: {
      problem:
        'Un sprint de deux semaines est trop court pour faire bouger un grand indicateur, et la direction demande « comment saurons-nous que cela a marché ? ». Après coup, la mesure de départ est presque impossible à reconstituer.',
      tried:
        'Présenter le sprint comme une recherche (qui nous avons rencontré, ce que nous avons trouvé et testé), puis le changement trois à six mois plus tard, sur un ou deux indicateurs que le service enregistre déjà, comptés **avant** le sprint.',
      evidence:
        'Dans le sprint sur le fonds de solidarité logement, les dossiers incomplets sont passés de **41 % à 19 %** et le délai de décision de sept à environ quatre semaines. Le 41 % n’existait que parce qu’une agente tenait un décompte à la main.',
      caveats:
        'À l’atelier, la moitié des tables a découvert que son indicateur n’était enregistré nulle part. Sans période de comparaison, le résultat paraît saisonnier.',
      useWhen:
        'Avant tout sprint ou petit changement que la direction voudra juger : convenir de l’indicateur, de la mesure de départ et de ce qui compterait comme un échec.',
    },
    sources: [],
    helpful: ['member16', 'member4'],
  },
  {
    title: 'Fix the reason people call before adding a channel',
    programme: TRANSFO,
    cohort: 'La Transfo 2021',
    status: 'published',
    authors: ['member44'],
    createdDaysAgo: 40,
    publishedDaysAgo: 35,
    tags: ['chatbot', 'digital services', 'contact centre', 'ai'],
    sections: {
      problem:
        'A contact centre answering about 9,000 calls a month, and an elected member who wanted a chatbot to take pressure off the phone line.',
      tried:
        'A chatbot with about 200 intents written by the agents, on the home page and the top topics’ pages, promoted in the city magazine.',
      evidence:
        'About **4%** of visitors opened it; 70% of conversations ended in “I did not understand”. Calls did not go down. Showing the next free appointment slot and a waste calendar by address cut waste calls by about a third in two months.',
      caveats:
        'A better language model would have understood more questions; it would not have created appointment slots.',
      useWhen:
        'Before buying a new channel for enquiries: listen to 200 calls, fix the top three reasons, and set a stop criterion before launch.',
    },
    sources: [{ thread: 'The chatbot for citizen enquiries that nobody used' }],
    helpful: ['member2', 'member31', 'member11', 'member70'],
  },
  {
    title: 'Show unfinished work on a wall where people walk past',
    programme: TRANSFO,
    cohort: 'La Transfo 2023',
    stage: 'pilot',
    status: 'in_review',
    authors: ['member67'],
    createdDaysAgo: 4,
    tags: ['immersion', 'regional government', 'co-design'],
    sections: {
      problem:
        'A residency team in a directorate that had not asked for it: polite, sceptical staff, and insights that stayed with the team.',
      tried:
        'Every Thursday lunchtime the team put what it had found, unfinished, on a wall in the corridor, and anyone could add sticky notes.',
      evidence:
        'Sceptical staff started coming to the wall; the director asked the lab onto two more projects, and an insider carried the shuttle prototype after the residency.',
      caveats:
        'Some agents felt observed and judged in the first weeks. Agree at the start how off-the-record remarks are treated.',
      useWhen: 'You work inside a team that did not ask for you and need it to own the result.',
    },
    sources: [
      {
        thread: 'Three months of immersion inside the Region’s transport directorate',
        consent: 'pending',
      },
    ],
  },
  {
    title: 'Test two letters at once, each sent to half of the recipients',
    programme: TRANSFO,
    cohort: 'La Transfo 2023',
    stage: 'scaled',
    status: 'draft',
    authors: ['member11'],
    createdDaysAgo: 3,
    tags: ['behavioural insights', 'randomised trials', 'letters'],
    sections: {
      problem: 'Unpaid school canteen bills, and a reminder letter nobody had changed in years.',
      tried:
        'A short letter with the amount and how to pay in its first two lines, against the old one, families split at random.',
      evidence: '58% paid within a month with the short letter, 49% with the old one.',
      caveats: '',
      useWhen: '',
    },
    sources: [{ meetup: MEASURED, agenda: 'Canteen-bill reminders: our first randomised test' }],
  },
];
