// The seven pilot concepts the BiH cohort presented at the end of its training, where each has
// got to since: two at scale or nearly, three piloting (one paused), one still a concept, one an
// idea, and the school enrolment pilot that stopped when the ministry changed. They agree with
// what the cohort's thread "Where are our seven pilot ideas now?" and its Mostar day say.
// Plain data; demo-pilots.ts turns it into rows.

import { BIH, type DemoPilot } from './demo-pilots-content.ts';

const COHORT = 'Public Sector Innovation BiH 2022';
const TRAINING = 'Service design training';
const SEVEN_IDEAS = 'Where are our seven pilot ideas now?';

export const BIH_PILOTS: DemoPilot[] = [
  {
    name: 'Online appointments at the Mostar registry office',
    programme: BIH,
    track: TRAINING,
    cohort: COHORT,
    summary:
      'Citizens book a time for birth, marriage and citizenship certificates online or by phone, instead of queueing before the registry office opens. Agents book for those who call.',
    organisations: ['City of Mostar'],
    team: [
      { member: 'member69', role: 'Lead' },
      { member: 'member15', role: 'Product manager' },
      { member: 'member51', role: 'Citizens’ feedback', joinedDaysAgo: 400 },
    ],
    startedDaysAgo: 480,
    updates: [
      {
        author: 'member69',
        daysAgo: 470,
        stage: 'concept',
        body: 'We counted the morning queue for two weeks: on average **46 people** waiting at 7:30, a third of them for a certificate that takes two minutes to print.',
      },
      {
        author: 'member15',
        daysAgo: 420,
        stage: 'pilot',
        body: 'Live at the main counter, for birth certificates only. Booking online or by calling the counter; walk-ins are still served after 11:00.',
      },
      {
        author: 'member69',
        daysAgo: 330,
        body: 'The morning queue has gone. A third of the appointments are booked **by phone**, by agents for older citizens: we keep the line, it is part of the service.',
      },
      {
        author: 'member15',
        daysAgo: 150,
        stage: 'scaled',
        body: 'All four registry counters of the city now work by appointment, for every certificate, and the city has written it into the registry office’s rules of procedure.',
      },
      {
        author: 'member69',
        daysAgo: 25,
        language: 'bs',
        body: 'Od prošlog mjeseca građani dobiju SMS podsjetnik dan prije termina. Broj propuštenih termina pao je s 12 % na 5 %.',
      },
    ],
    followers: ['member6', 'member12', 'member9', 'member30', 'member28', 'organiser2'],
    links: {
      threads: [SEVEN_IDEAS],
      agenda: ['Online appointments at the Mostar registry office: the first months'],
      lessons: ['Keep the phone line when a service moves online'],
    },
  },
  {
    name: 'An employment dashboard for Tuzla caseworkers',
    programme: BIH,
    track: TRAINING,
    cohort: COHORT,
    summary:
      'One weekly page per caseworker: who has waited longest for a first appointment, whose plan ends this month, and which employers have open offers, built from the employment service’s own records.',
    organisations: ['Tuzla Canton Employment Service'],
    team: [
      { member: 'member3', role: 'Lead, data' },
      { member: 'member54', role: 'Sponsor' },
    ],
    startedDaysAgo: 500,
    updates: [
      {
        author: 'member3',
        daysAgo: 495,
        stage: 'concept',
        body: 'Sketched with six caseworkers: they want **one page**, not a dashboard with filters, and it has to print.',
      },
      {
        author: 'member3',
        daysAgo: 300,
        stage: 'pilot',
        body: 'After a month in which caseworkers used it beside their old lists, the page replaces them in the two Tuzla offices.',
      },
      {
        author: 'member54',
        daysAgo: 140,
        body: 'Caseworkers open it every Monday. Time to a first appointment for new jobseekers went from 19 to 11 working days.',
      },
      {
        author: 'member3',
        daysAgo: 20,
        body: 'The next step is stuck: the other cantons’ employment services use different software, so there is nothing to connect the page to yet.',
      },
    ],
    followers: ['member9', 'member45', 'member60', 'organiser2'],
    links: {
      threads: [SEVEN_IDEAS],
      agenda: ['An employment dashboard for Tuzla caseworkers'],
      lessons: ['Name who owns a pilot inside the administration before it starts'],
    },
  },
  {
    name: 'A simpler procedure for small municipal purchases',
    programme: BIH,
    track: TRAINING,
    cohort: COHORT,
    summary:
      'A short guide, with templates, for direct agreements below the threshold of the public procurement law: three quotes, a one-page justification and a checklist, so that small purchases stop taking three months.',
    organisations: ['Municipality of Novo Sarajevo', 'Municipality of Centar Sarajevo'],
    team: [
      { member: 'member21', role: 'Lead' },
      { member: 'member18', role: 'Procurement, Novo Sarajevo' },
      { member: 'member63', role: 'Templates' },
    ],
    startedDaysAgo: 520,
    updates: [
      {
        author: 'member21',
        daysAgo: 515,
        stage: 'concept',
        body: 'Small purchases took **83 days** on average in Novo Sarajevo, most of it waiting for signatures. First draft of the guide shared in the cohort room.',
      },
      {
        author: 'member18',
        daysAgo: 260,
        stage: 'pilot',
        body: 'Novo Sarajevo and Centar use the guide for purchases below the threshold. The first 30 took 26 days on average.',
      },
      {
        author: 'member63',
        daysAgo: 40,
        language: 'bs',
        body: 'Zatražili smo mišljenje Agencije za javne nabavke. Odgovora još nema, a bez njega druge općine ne žele koristiti vodič.',
      },
    ],
    followers: ['member5', 'member47', 'member60', 'member33'],
    links: { threads: [SEVEN_IDEAS] },
  },
  {
    name: 'Povratna informacija građana na šalteru',
    programme: BIH,
    track: TRAINING,
    cohort: COHORT,
    cohortOnly: true,
    language: 'bs',
    summary:
      'Tablet na šalteru s tri pitanja nakon usluge: da li ste dobili ono po šta ste došli, koliko ste čekali i šta bismo trebali promijeniti. Odgovore čita šef službe svake sedmice.',
    organisations: ['City of Zenica'],
    team: [
      { member: 'member27', role: 'Voditelj' },
      { member: 'member45', role: 'Analiza odgovora' },
      { member: 'member30', role: 'Savjetnica', joinedDaysAgo: 20 },
    ],
    startedDaysAgo: 450,
    updates: [
      {
        author: 'member27',
        daysAgo: 445,
        stage: 'concept',
        body: 'Pitanja smo testirali na papiru s 40 građana. Tri pitanja su dovoljna; na peto niko ne odgovara.',
      },
      {
        author: 'member27',
        daysAgo: 380,
        stage: 'pilot',
        body: 'Dva tableta na šalterima matičnog ureda. Za dva mjeseca **1.240 odgovora**; najčešća primjedba je da se ne zna koji je šalter za koju uslugu.',
      },
      {
        author: 'member45',
        daysAgo: 300,
        body: 'Šef službe je otišao, a novi nije odgovorio na naš prijedlog. Test je pauziran, tableti su u ormaru.',
      },
      {
        author: 'member27',
        daysAgo: 10,
        body: 'After the cohort’s thread we are looking for someone inside the city administration who would own it. Maja has offered to help us write the proposal.',
        language: 'en',
      },
    ],
    followers: ['member15', 'member9', 'member42', 'organiser2'],
    links: {
      threads: [SEVEN_IDEAS],
      lessons: ['Name who owns a pilot inside the administration before it starts'],
    },
  },
  {
    name: 'Online enrolment in Canton Sarajevo’s secondary schools',
    programme: BIH,
    track: TRAINING,
    cohort: COHORT,
    summary:
      'Parents would apply for a secondary school online, with the school checking the pupil’s records with the registry office, instead of bringing the same documents to three schools in one week.',
    organisations: [
      'Canton Sarajevo Ministry of Education',
      'Civil Service Agency of the Federation of BiH',
    ],
    team: [
      { member: 'member48', role: 'Lead' },
      { member: 'member33', role: 'Facilitator' },
      { member: 'member39', role: 'Education advisor' },
    ],
    startedDaysAgo: 600,
    endsInDays: -380,
    stopReason:
      'After the elections the new cantonal minister withdrew the mandate the previous one had given us. The data-sharing agreement with the registry offices was never signed, and without it an online form would only have asked parents for the same documents on a screen.',
    updates: [
      {
        author: 'member48',
        daysAgo: 590,
        stage: 'concept',
        body: 'Parents applying to three schools bring the same four documents three times. Prototype of the online form tested with 15 parents and two school secretaries.',
      },
      {
        author: 'member33',
        daysAgo: 520,
        body: 'Draft data-sharing agreement with the registry offices sent to the ministry: which data a school may see, and for how long it keeps them.',
      },
      {
        author: 'member48',
        daysAgo: 430,
        body: 'New government, new minister. The agreement is waiting for a signature and nobody can tell us whose.',
      },
      {
        author: 'member48',
        daysAgo: 380,
        stage: 'stopped',
        body: 'We are stopping. The form is ready and the schools wanted it, but the mandate left with the minister. What we learned is in the lesson linked below; Tarik’s canton did it with the agreement signed first.',
      },
    ],
    followers: ['member6', 'member12', 'member15', 'organiser2'],
    links: {
      threads: [SEVEN_IDEAS, 'Upis u prvi razred bez čekanja pred školom'],
      lessons: [
        'Sign the data-sharing agreement before the minister who asked for the pilot leaves',
      ],
    },
  },
  {
    name: 'Plain-language letters for social assistance in Banja Luka',
    programme: BIH,
    track: TRAINING,
    cohort: COHORT,
    summary:
      'Rewriting the five letters the Centre for Social Work sends most often, with caseworkers and recipients, and testing the new ones against the old, each sent to half of the recipients.',
    organisations: ['City of Banja Luka', 'Centre for Social Work Banja Luka'],
    team: [
      { member: 'member24', role: 'Lead, behavioural insights' },
      { member: 'member66', role: 'Test design' },
    ],
    startedDaysAgo: 210,
    updates: [
      {
        author: 'member24',
        daysAgo: 200,
        stage: 'concept',
        body: 'Five letters make up 80% of what the centre sends. Caseworkers rewrote the first one with us in a morning; recipients read it aloud and marked what they did not understand.',
      },
      {
        author: 'member66',
        daysAgo: 35,
        body: 'We will copy the Paris canteen-letter test: two letters, recipients split at random, one measure the centre already records (appointments missed).',
      },
    ],
    followers: ['member11', 'member8', 'member54'],
    links: { agenda: ['Canteen-bill reminders: our first randomised test'] },
  },
  {
    name: 'Podaci općine na jednoj stranici',
    programme: BIH,
    track: TRAINING,
    cohort: COHORT,
    language: 'bs',
    summary:
      'Ideja: pet skupova podataka koje građani i vijećnici najčešće traže (dozvole, grantovi udruženjima, javne površine) objaviti na jednoj stranici postojećeg web-sajta, prije bilo kakvog portala.',
    organisations: ['City of Zenica', 'Agency for Statistics of Bosnia and Herzegovina'],
    team: [
      { member: 'member45', role: 'Voditeljica' },
      { member: 'member60', role: 'Statistika' },
    ],
    startedDaysAgo: 2,
    updates: [
      {
        author: 'member45',
        daysAgo: 1,
        body: 'Pokrenuto nakon pitanja o otvorenim podacima bez budžeta. Prvi korak: pitati šalter koje podatke ljudi najčešće traže.',
      },
    ],
    followers: ['member30', 'member3'],
    links: { threads: ['Open data in a municipality: where would you start with no budget?'] },
  },
];
