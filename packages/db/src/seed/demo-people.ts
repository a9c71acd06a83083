// The people of the demo network: varied enough that the directory has something to find.

export const FIRST_NAMES = [
  'Amra',
  'Jasmin',
  'Lejla',
  'Emir',
  'Selma',
  'Tarik',
  'Ajla',
  'Haris',
  'Mirela',
  'Dino',
  'Claire',
  'Julien',
  'Camille',
  'Thomas',
  'Manon',
  'Hugo',
  'Léa',
  'Nicolas',
  'Chloé',
  'Antoine',
  'Ana',
  'Marko',
  'Ivana',
  'Nikola',
  'Sara',
  'Inês',
  'João',
  'Sofie',
  'Pieter',
  'Maja',
];

export const LAST_NAMES = [
  'Hadžić',
  'Kovačević',
  'Begić',
  'Delić',
  'Mehmedović',
  'Petit',
  'Moreau',
  'Laurent',
  'Garnier',
  'Fontaine',
  'Rousseau',
  'Babić',
  'Jurić',
  'Marić',
  'Novak',
  'Silva',
  'Peeters',
];

export interface Place {
  country: string;
  cities: string[];
  languages: string[];
  organisations: string[];
}

export const PLACES: Place[] = [
  {
    country: 'BA',
    cities: ['Sarajevo', 'Mostar', 'Tuzla', 'Banja Luka', 'Zenica'],
    languages: ['bs', 'en'],
    organisations: [
      'Canton Sarajevo Ministry of Education',
      'City of Mostar',
      'Tuzla Canton Employment Service',
      'Agency for Statistics of BiH',
      'Municipality of Novo Sarajevo',
    ],
  },
  {
    country: 'FR',
    cities: ['Paris', 'Lyon', 'Nantes', 'Lille', 'Bordeaux'],
    languages: ['fr', 'en'],
    organisations: [
      'Région Nouvelle-Aquitaine',
      'Département de Loire-Atlantique',
      'Ville de Lille',
      'Agence régionale de santé Auvergne-Rhône-Alpes',
      'Direction interministérielle du numérique',
    ],
  },
  {
    country: 'RS',
    cities: ['Belgrade', 'Novi Sad'],
    languages: ['sr', 'en'],
    organisations: ['City of Novi Sad', 'Public Policy Secretariat of Serbia'],
  },
  {
    country: 'HR',
    cities: ['Zagreb', 'Split'],
    languages: ['hr', 'en'],
    organisations: ['City of Zagreb', 'Croatian Employment Service'],
  },
  {
    country: 'PT',
    cities: ['Lisbon', 'Porto'],
    languages: ['pt', 'en', 'fr'],
    organisations: [
      'LabX — Centre for Innovation in the Public Sector',
      'Câmara Municipal do Porto',
    ],
  },
  {
    country: 'BE',
    cities: ['Brussels', 'Ghent'],
    languages: ['nl', 'fr', 'en'],
    organisations: ['Brussels Capital Region', 'City of Ghent'],
  },
];

/** Each profile archetype: a headline, a role, expertise and what they would advise on. */
export interface Archetype {
  headline: string;
  jobTitle: string;
  expertise: string[];
  adviceTopics: string[];
  bio: string;
}

export const ARCHETYPES: Archetype[] = [
  {
    headline: 'Service designer redesigning how citizens apply for benefits',
    jobTitle: 'Service designer',
    expertise: ['service design', 'user research', 'journey mapping'],
    adviceTopics: ['user research', 'service blueprints'],
    bio: 'I map the journeys of people who apply for social benefits and redesign the forms and letters with them. Our first prototype halved the number of incomplete applications.',
  },
  {
    headline: 'Behavioural insights lead testing nudges in tax letters',
    jobTitle: 'Behavioural insights lead',
    expertise: ['behavioural insights', 'randomised trials', 'communication'],
    adviceTopics: ['behavioural insights', 'randomised trials'],
    bio: 'We run small randomised trials on reminder letters and text messages. Some worked, several did not; I am happy to share the failures as much as the wins.',
  },
  {
    headline: 'Procurement officer opening tenders to start-ups',
    jobTitle: 'Head of procurement',
    expertise: ['procurement', 'innovation procurement', 'contract management'],
    adviceTopics: ['innovation procurement', 'tender design'],
    bio: 'I rewrote our tender templates so that small companies and start-ups can bid. Pre-commercial procurement, challenge-based tenders and what the lawyers said about them.',
  },
  {
    headline: 'Product manager for digital public services',
    jobTitle: 'Product manager',
    expertise: ['digital services', 'agile delivery', 'open source'],
    adviceTopics: ['digital services', 'agile delivery'],
    bio: 'I lead a small multidisciplinary team building online services for the municipality: appointment booking, permits and the open data portal.',
  },
  {
    headline: 'Policy lab founder bringing design into policy making',
    jobTitle: 'Policy lab director',
    expertise: ['policy labs', 'policy design', 'foresight'],
    adviceTopics: ['setting up a policy lab', 'policy design'],
    bio: 'I set up the regional policy lab three years ago with two people and no budget. We now run around ten projects a year with the departments.',
  },
  {
    headline: 'Running participatory budgeting in a mid-sized city',
    jobTitle: 'Citizen participation coordinator',
    expertise: ['participatory budgeting', 'citizen engagement', 'facilitation'],
    adviceTopics: ['participatory budgeting', 'facilitation'],
    bio: 'Five cycles of participatory budgeting: how we reached people who never vote, what went wrong with online voting, and how we report back on projects.',
  },
  {
    headline: 'Data analyst making open data useful to colleagues',
    jobTitle: 'Data analyst',
    expertise: ['open data', 'data analysis', 'dashboards'],
    adviceTopics: ['open data'],
    bio: 'I publish the city data sets and build dashboards that managers actually read. Lately, a lot of work on data quality and shared definitions.',
  },
  {
    headline: 'Change agent in a ministry of education',
    jobTitle: 'Senior advisor',
    expertise: ['change management', 'education policy', 'experimentation'],
    adviceTopics: ['change management'],
    bio: 'I help schools test new ways of organising enrolment and parent communication, and bring what we learn back into the ministry.',
  },
  {
    headline: 'Public health innovator working on prevention campaigns',
    jobTitle: 'Public health officer',
    expertise: ['public health', 'behavioural insights', 'evaluation'],
    adviceTopics: ['evaluation'],
    bio: 'Vaccination reminders, screening invitations and how to evaluate them honestly with a small team.',
  },
  {
    headline: 'Employment service caseworker turned service designer',
    jobTitle: 'Innovation officer',
    expertise: ['service design', 'employment services', 'co-design'],
    adviceTopics: ['co-design'],
    bio: 'Twelve years as a caseworker before joining the innovation unit: I co-design services with jobseekers and the staff who serve them.',
  },
];
