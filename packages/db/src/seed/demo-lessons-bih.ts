// The BiH cohort's lessons: two drawn from its own day in Mostar, which only the cohort sees and
// so only the cohort reads unless a speaker widened them, one in Bosnian, and the lesson of the
// enrolment pilot that stopped. Plain data; demo-lessons.ts turns it into rows.

import type { DemoLesson } from './demo-lessons-content.ts';
import { BIH } from './demo-pilots-content.ts';

const COHORT = 'Public Sector Innovation BiH 2022';
const MOSTAR = 'BiH cohort day in Mostar';

export const BIH_LESSONS: DemoLesson[] = [
  {
    title: 'Train trainers in pairs, and give their managers half a day',
    programme: BIH,
    cohort: COHORT,
    stage: 'scaled',
    status: 'published',
    authors: ['organiser2'],
    createdDaysAgo: 50,
    publishedDaysAgo: 45,
    tags: ['train the trainers', 'capacity building', 'bosnia and herzegovina'],
    sections: {
      problem:
        'About 70 alumni had the methods and their colleagues did not; in Bosnia and Herzegovina each canton has its own civil service, so nothing spreads by default.',
      tried:
        '16 alumni trained as trainers over three days in Bosnian, with local examples, working in **pairs from the same canton**; a monthly call for all of them; then half a day for managers on what their staff may try.',
      evidence:
        'In a year, 14 of 16 trainers ran at least one workshop and about **300 civil servants** took part. Two cantons put the workshop in their civil service’s official catalogue, so it is funded without the programme.',
      caveats:
        'It stalled in one canton while the government took months to form. Attendance is counted; what participants changed afterwards is not.',
      useWhen:
        'You want methods to spread beyond the people a programme trained, across administrations that do not share a civil service.',
    },
    sources: [
      {
        thread: 'Train-the-trainers across four cantons: 14 trainers, 300 civil servants in a year',
      },
      // Said on the cohort's own day; Mirela let the lesson go to the whole network.
      { meetup: MOSTAR, agenda: 'Half a day for managers: a format to try', widened: true },
    ],
    helpful: ['member12', 'member54', 'member59', 'member25', 'member41', 'member1'],
  },
  {
    title: 'Name who owns a pilot inside the administration before it starts',
    programme: BIH,
    cohort: COHORT,
    stage: 'pilot',
    status: 'published',
    authors: ['organiser2', 'member27'],
    createdDaysAgo: 9,
    publishedDaysAgo: 6,
    tags: ['pilots', 'follow-up', 'change management'],
    sections: {
      problem:
        'Three of the cohort’s seven pilots stalled for the same reason: the person who backed them inside the administration left, and nobody else owned them.',
      tried:
        'At the Mostar day every pilot team agreed to name who owns its pilot inside the administration, and to write it in the cohort room.',
      evidence:
        'The counter-feedback tablets have been in a cupboard since the head of service left; the Tuzla dashboard, owned by the employment service’s own director, is used every week.',
      caveats: 'An owner who is named but has no time is not an owner.',
      useWhen: 'Before a pilot leaves the training room for an administration.',
    },
    sources: [
      { meetup: MOSTAR },
      { meetup: MOSTAR, agenda: 'An employment dashboard for Tuzla caseworkers' },
    ],
    helpful: ['member15', 'member3', 'member9', 'member21'],
  },
  {
    title: 'Keep the phone line when a service moves online',
    programme: BIH,
    cohort: COHORT,
    stage: 'scaled',
    status: 'published',
    authors: ['member15'],
    createdDaysAgo: 120,
    publishedDaysAgo: 115,
    tags: ['digital services', 'appointments', 'inclusion'],
    sections: {
      problem:
        'A morning queue at the registry office for certificates that take two minutes to print, and an online booking that not every citizen can use.',
      tried:
        'Appointments booked online **or** by calling the counter, with agents booking on behalf of those who call.',
      evidence:
        'The morning queue has gone; a third of the appointments are booked by phone, mostly for older citizens.',
      caveats:
        'The phone line needs an agent’s time; count it in the service, not as a failure of the website.',
      useWhen:
        'Any counter service going online whose users include people who will not book on a screen.',
    },
    sources: [
      {
        meetup: MOSTAR,
        agenda: 'Online appointments at the Mostar registry office: the first months',
      },
    ],
    helpful: ['member6', 'member9', 'member27'],
  },
  {
    title: 'Sign the data-sharing agreement before the minister who asked for the pilot leaves',
    programme: BIH,
    cohort: COHORT,
    stage: 'stopped',
    status: 'published',
    authors: ['member48'],
    createdDaysAgo: 30,
    publishedDaysAgo: 26,
    tags: ['data sharing', 'education', 'politics', 'pilots'],
    sections: {
      problem:
        'An online enrolment for secondary schools in Canton Sarajevo depended on schools checking pupils’ records with the registry offices, and on a minister’s mandate.',
      tried:
        'The form was prototyped with parents and school secretaries while the data-sharing agreement went to the ministry for signature.',
      evidence:
        'The agreement waited through the elections and was never signed; the new minister withdrew the mandate and the pilot **stopped** after seven months. In a neighbouring canton, where the agreement was signed first (it took five months), 70% of parents in the six pilot schools enrolled online in the first year.',
      caveats:
        'Elections are not in the team’s hands. The agreement alone would not have saved the pilot without a mandate written into a decision.',
      useWhen:
        'A pilot needs another institution’s data, or was asked for by one politician: sign the agreement and put the mandate in writing first.',
    },
    sources: [
      { thread: 'Upis u prvi razred bez čekanja pred školom' },
      // The clinic's stuck projects were told in confidence; their speaker would not be quoted.
      {
        meetup: 'Inter-Transfo: what we bought, what we built',
        agenda: 'Failure clinic: bring a project that is stuck',
        consent: 'declined',
      },
    ],
    helpful: ['member6', 'member12', 'member15', 'member9', 'member34'],
  },
  {
    title: 'Zborovi mjesnih zajednica navečer u školi, a prijedlozi s potpisima komšija',
    language: 'bs',
    programme: BIH,
    cohort: COHORT,
    stage: 'pilot',
    status: 'published',
    authors: ['member15'],
    createdDaysAgo: 45,
    publishedDaysAgo: 40,
    tags: ['participativni budžet', 'mjesne zajednice', 'participacija'],
    sections: {
      problem:
        'Grad prvi put daje građanima da odluče o dijelu budžeta, a mnoge mjesne zajednice preko kojih se skupljaju prijedlozi godinama nisu imale sastanak.',
      tried:
        'Zborovi navečer u školama umjesto u prostorijama mjesne zajednice; svaki prijedlog s potpisima barem deset komšija; glasanje online i na papiru u svakoj mjesnoj zajednici.',
      evidence:
        'U Općini Novo Sarajevo je na papiru glasalo skoro **40 %** ljudi, uglavnom stariji. U Tuzli su najbolje prolazili mali prijedlozi: klupe, rasvjeta, igrališta.',
      caveats: 'Bez primjera iznosa stižu prijedlozi za novi most.',
      useWhen:
        'Prvi ciklus participativnog budžeta u gradu ili općini s neaktivnim mjesnim zajednicama.',
    },
    sources: [
      { thread: 'Kako uključiti mjesne zajednice u participativni budžet?' },
      { thread: 'Kako uključiti mjesne zajednice u participativni budžet?', reply: 'member30' },
    ],
    helpful: ['member3', 'member69', 'member6'],
  },
];
