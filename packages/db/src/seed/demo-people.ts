// The people of the demo network: varied enough that the directory has something to find, and
// coherent enough to be believed: each works for a real kind of public body, in the city where
// it sits, in that city's country, and no two say the same thing about themselves.

import { ARCHETYPES } from './demo-archetypes.ts';

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

/** What a demo member of each country speaks, and how their mobile number starts. */
export const DEMO_COUNTRIES: Record<string, { languages: string[]; mobilePrefix: string }> = {
  BA: { languages: ['bs', 'en'], mobilePrefix: '+387 61' },
  RS: { languages: ['sr', 'en'], mobilePrefix: '+381 64' },
  HR: { languages: ['hr', 'en'], mobilePrefix: '+385 91' },
  FR: { languages: ['fr', 'en'], mobilePrefix: '+33 6' },
  PT: { languages: ['pt', 'en', 'fr'], mobilePrefix: '+351 91' },
  BE: { languages: ['nl', 'fr', 'en'], mobilePrefix: '+32 470' },
};

export interface Organisation {
  name: string;
  /** Where it sits: a member working for it lives there. */
  city: string;
  country: string;
}

/** Where the BiH cohort works: mostly in Bosnia and Herzegovina, some in its neighbours. */
const BALKAN_ORGANISATIONS: Organisation[] = [
  { name: 'Canton Sarajevo Ministry of Education', city: 'Sarajevo', country: 'BA' },
  { name: 'City of Mostar', city: 'Mostar', country: 'BA' },
  { name: 'Tuzla Canton Employment Service', city: 'Tuzla', country: 'BA' },
  { name: 'City of Novi Sad', city: 'Novi Sad', country: 'RS' },
  { name: 'Agency for Statistics of Bosnia and Herzegovina', city: 'Sarajevo', country: 'BA' },
  { name: 'Municipality of Novo Sarajevo', city: 'Sarajevo', country: 'BA' },
  { name: 'City of Zagreb', city: 'Zagreb', country: 'HR' },
  { name: 'City of Banja Luka', city: 'Banja Luka', country: 'BA' },
  { name: 'Zenica-Doboj Canton Ministry of Health', city: 'Zenica', country: 'BA' },
  { name: 'Public Policy Secretariat of Serbia', city: 'Belgrade', country: 'RS' },
  { name: 'Civil Service Agency of the Federation of BiH', city: 'Sarajevo', country: 'BA' },
  { name: 'Herzegovina-Neretva Canton Ministry of Education', city: 'Mostar', country: 'BA' },
  { name: 'City of Split', city: 'Split', country: 'HR' },
  { name: 'Herzegovina-Neretva Canton Ministry of Economy', city: 'Mostar', country: 'BA' },
  { name: 'City of Zenica', city: 'Zenica', country: 'BA' },
];

/** Where La Transfo's alumni work: mostly French regions and cities, some abroad. */
const WESTERN_ORGANISATIONS: Organisation[] = [
  { name: 'Région Nouvelle-Aquitaine', city: 'Bordeaux', country: 'FR' },
  { name: 'Département de Loire-Atlantique', city: 'Nantes', country: 'FR' },
  { name: 'Ville de Lille', city: 'Lille', country: 'FR' },
  { name: 'LabX — Centre for Innovation in the Public Sector', city: 'Lisbon', country: 'PT' },
  { name: 'Agence régionale de santé Auvergne-Rhône-Alpes', city: 'Lyon', country: 'FR' },
  { name: 'Direction interministérielle du numérique', city: 'Paris', country: 'FR' },
  { name: 'Ville de Nantes', city: 'Nantes', country: 'FR' },
  { name: 'Brussels Capital Region', city: 'Brussels', country: 'BE' },
  { name: 'Métropole de Lyon', city: 'Lyon', country: 'FR' },
  { name: 'Département de la Gironde', city: 'Bordeaux', country: 'FR' },
  { name: 'Câmara Municipal do Porto', city: 'Porto', country: 'PT' },
  { name: 'Région Bretagne', city: 'Rennes', country: 'FR' },
  {
    name: 'Direction interministérielle de la transformation publique',
    city: 'Paris',
    country: 'FR',
  },
  { name: 'City of Ghent', city: 'Ghent', country: 'BE' },
  { name: 'Ville de Paris', city: 'Paris', country: 'FR' },
];

export const DEMO_ORGANISATIONS = [...BALKAN_ORGANISATIONS, ...WESTERN_ORGANISATIONS];

/**
 * Members whose threads and chat messages say where they work ("still at the Region", "coming
 * from Mostar"), by the number in their e-mail address; everyone else takes the next
 * organisation of their cohort's list.
 */
const WORKPLACES_TOLD_IN_CONTENT: Record<number, string> = {
  1: 'Région Nouvelle-Aquitaine',
  2: 'Ville de Nantes',
  3: 'Tuzla Canton Employment Service',
  6: 'Herzegovina-Neretva Canton Ministry of Education',
  9: 'Civil Service Agency of the Federation of BiH',
  11: 'Ville de Paris',
  12: 'Herzegovina-Neretva Canton Ministry of Economy',
  15: 'City of Mostar',
  16: 'Département de la Gironde',
  22: 'Région Nouvelle-Aquitaine',
  28: 'Ville de Lille',
  30: 'Municipality of Novo Sarajevo',
  40: 'Direction interministérielle de la transformation publique',
  41: 'Région Bretagne',
  69: 'City of Mostar',
};

/** The demo cohorts, in the order the seed creates them. */
export const DEMO_COHORT_COUNT = 3;
const BIH_COHORT = 2;

export interface DemoProfile {
  /** Index into the seed's cohorts: La Transfo 2021, La Transfo 2023, the BiH cohort. */
  cohort: number;
  name: string;
  headline: string;
  jobTitle: string;
  organisation: string;
  city: string;
  country: string;
  languages: string[];
  expertise: string[];
  adviceTopics: string[];
  bio: string;
  /** Every fourth member shows a mobile number; the others leave it empty. */
  phone: string;
}

/** The profile of the demo alumnus `member${index + 1}`: the same on every seed. */
export function demoProfile(index: number): DemoProfile {
  const cohort = index % DEMO_COHORT_COUNT;
  const pool = cohort === BIH_COHORT ? BALKAN_ORGANISATIONS : WESTERN_ORGANISATIONS;
  const told = WORKPLACES_TOLD_IN_CONTENT[index + 1];
  const organisation = told
    ? DEMO_ORGANISATIONS.find((candidate) => candidate.name === told)
    : pick(pool, Math.floor(index / DEMO_COHORT_COUNT));
  const country = organisation && DEMO_COUNTRIES[organisation.country];
  if (!organisation || !country) throw new Error(`no demo organisation named ${told}`);
  // Over each run of ten members every archetype comes once; the run picks its headline.
  const archetype = pick(ARCHETYPES, index * 3 + Math.floor(index / 10));
  return {
    cohort,
    name: `${pick(FIRST_NAMES, index)} ${pick(LAST_NAMES, index * 7 + 3)}`,
    headline: pick(archetype.headlines, Math.floor(index / 10)),
    jobTitle: archetype.jobTitle,
    organisation: organisation.name,
    city: organisation.city,
    country: organisation.country,
    languages: country.languages,
    expertise: archetype.expertise,
    adviceTopics: archetype.adviceTopics,
    bio: archetype.bio,
    phone:
      index % 4 === 0
        ? `${country.mobilePrefix} ${String(100_000 + index * 1_337).slice(0, 6)}`
        : '',
  };
}

export function pick<T>(list: readonly T[], index: number): T {
  const value = list[index % list.length];
  if (value === undefined) throw new Error('cannot pick from an empty list');
  return value;
}
