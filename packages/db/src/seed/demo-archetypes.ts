// The kinds of practitioner in the demo network. Seven members share each archetype, so each
// has seven headlines: a directory where everyone in a field says the same sentence about
// themself reads as generated, not as people.

/** A profile archetype: headlines, a role, expertise and what they would advise on. */
export interface Archetype {
  /** One per member of the archetype; none repeats anywhere in the network. */
  headlines: string[];
  jobTitle: string;
  expertise: string[];
  adviceTopics: string[];
  bio: string;
}

export const ARCHETYPES: Archetype[] = [
  {
    headlines: [
      'Service designer redesigning how citizens apply for benefits',
      'Rewriting benefit letters with the people who receive them',
      'Designing housing support with tenants and front-line staff',
      'Service designer turning paper forms into services people can finish',
      'User researcher bringing residents into how services are designed',
      'Mapping the journeys behind social support, then fixing them',
      'Designing public services from the counter outwards',
    ],
    jobTitle: 'Service designer',
    expertise: ['service design', 'user research', 'journey mapping'],
    adviceTopics: ['user research', 'service blueprints'],
    bio: 'I map the journeys of people who apply for social benefits and redesign the forms and letters with them. Our first prototype halved the number of incomplete applications.',
  },
  {
    headlines: [
      'Behavioural insights lead testing nudges in tax letters',
      'Running randomised trials on reminder letters and text messages',
      'Behavioural scientist making official letters easier to act on',
      'Testing what gets people to pay on time, without fines',
      'Measuring which nudges change behaviour and which only look good',
      'Applying behavioural insights to missed appointments',
      'Small trials, honest results: behavioural insights in government',
    ],
    jobTitle: 'Behavioural insights lead',
    expertise: ['behavioural insights', 'randomised trials', 'communication'],
    adviceTopics: ['behavioural insights', 'randomised trials'],
    bio: 'We run small randomised trials on reminder letters and text messages. Some worked, several did not; I am happy to share the failures as much as the wins.',
  },
  {
    headlines: [
      'Procurement officer opening tenders to start-ups',
      'Head of procurement trying challenge-based tenders',
      'Rewriting tender templates so that small companies can bid',
      'Innovation procurement lead buying what does not exist yet',
      'Public buyer making the case for pre-commercial procurement',
      'Making public tenders readable for first-time bidders',
      'Buying digital services in small pieces that can be tested',
    ],
    jobTitle: 'Head of procurement',
    expertise: ['procurement', 'innovation procurement', 'contract management'],
    adviceTopics: ['innovation procurement', 'tender design'],
    bio: 'I rewrote our tender templates so that small companies and start-ups can bid. Pre-commercial procurement, challenge-based tenders and what the lawyers said about them.',
  },
  {
    headlines: [
      'Product manager for digital public services',
      'Leading a small team that builds online services for residents',
      'Product owner of online appointments and permits',
      'Bringing agile delivery into a public administration',
      'Moving services online without leaving anyone behind',
      'Building open-source public services with a team of five',
      'Product lead for an online counter that is open at night',
    ],
    jobTitle: 'Product manager',
    expertise: ['digital services', 'agile delivery', 'open source'],
    adviceTopics: ['digital services', 'agile delivery'],
    bio: 'I lead a small multidisciplinary team building online services for residents: appointment booking, permits and the open data portal.',
  },
  {
    headlines: [
      'Policy lab founder bringing design into policy making',
      'Running a policy lab inside government on a shoestring',
      'Policy designer testing rules with the people they affect',
      'Director of a small public innovation lab',
      'Keeping a policy lab alive through a change of government',
      'Bringing foresight and prototyping into policy making',
      'Co-founder of an in-house policy lab',
    ],
    jobTitle: 'Policy lab director',
    expertise: ['policy labs', 'policy design', 'foresight'],
    adviceTopics: ['setting up a policy lab', 'policy design'],
    bio: 'I set up our policy lab three years ago with two people and no budget. We now run around ten projects a year with the departments.',
  },
  {
    headlines: [
      'Running participatory budgeting in a mid-sized city',
      'Reaching the residents who never vote',
      'Organising citizen panels chosen by lot',
      'Facilitator of participatory budgets and public deliberation',
      'Bringing residents into budget decisions, one cycle at a time',
      'Designing citizen engagement that reports back on what happened',
      'Participation officer running assemblies and community budgets',
    ],
    jobTitle: 'Citizen participation coordinator',
    expertise: ['participatory budgeting', 'citizen engagement', 'facilitation'],
    adviceTopics: ['participatory budgeting', 'facilitation'],
    bio: 'Five cycles of participatory budgeting: how we reached people who never vote, what went wrong with online voting, and how we report back on projects.',
  },
  {
    headlines: [
      'Data analyst making open data useful to colleagues',
      'Building dashboards that managers actually read',
      'Publishing open data, starting with what people ask for',
      'Data analyst working on data quality and shared definitions',
      'Turning administrative data into decisions',
      'Open data lead with no budget and many spreadsheets',
      'Analyst measuring whether public services work',
    ],
    jobTitle: 'Data analyst',
    expertise: ['open data', 'data analysis', 'dashboards'],
    adviceTopics: ['open data'],
    bio: 'I publish our data sets and build dashboards that managers actually read. Lately, a lot of work on data quality and shared definitions.',
  },
  {
    headlines: [
      'Change agent bringing experiments into education',
      'Testing new ways of organising school enrolment',
      'Senior advisor for experimentation in schools',
      'Helping schools test changes before they become rules',
      'Bringing what schools learn back into policy',
      'Change manager for enrolment and parent communication',
      'Working with head teachers on small experiments',
    ],
    jobTitle: 'Senior advisor',
    expertise: ['change management', 'education policy', 'experimentation'],
    adviceTopics: ['change management'],
    bio: 'I help schools test new ways of organising enrolment and parent communication, and bring what we learn back to the people who write the rules.',
  },
  {
    headlines: [
      'Public health innovator working on prevention campaigns',
      'Testing vaccination reminders that people act on',
      'Public health officer evaluating screening invitations',
      'Prevention campaigns designed with the people they are for',
      'Making health invitations clearer, one letter at a time',
      'Evaluating prevention honestly with a small team',
      'Health promotion officer measuring what prevention achieves',
    ],
    jobTitle: 'Public health officer',
    expertise: ['public health', 'behavioural insights', 'evaluation'],
    adviceTopics: ['evaluation'],
    bio: 'Vaccination reminders, screening invitations and how to evaluate them honestly with a small team.',
  },
  {
    headlines: [
      'Employment service caseworker turned service designer',
      'Co-designing employment services with jobseekers',
      'Innovation officer who spent twelve years at the counter',
      'Bringing jobseekers and caseworkers to the same design table',
      'Redesigning how jobseekers are welcomed and followed',
      'Co-designing services with the staff who deliver them',
      'Former caseworker redesigning the first appointment',
    ],
    jobTitle: 'Innovation officer',
    expertise: ['service design', 'employment services', 'co-design'],
    adviceTopics: ['co-design'],
    bio: 'Twelve years as a caseworker before joining the innovation unit: I co-design services with jobseekers and the staff who serve them.',
  },
];
