import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { GovernmentLevel, WorkedAt } from './positions.ts';
import { MemberCard } from './profiles.ts';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const DirectoryQuery = z.object({
  /** Words as people type them into a search box: quotes for phrases, minus to exclude. */
  q: z
    .string()
    .trim()
    .max(200, { error: msg('validation.directory.searchTooLong') })
    .optional(),
  expertise: z.string().trim().toLowerCase().max(40).optional(),
  cohort: z.uuid({ error: msg('validation.directory.cohortUnknown') }).optional(),
  programme: z.uuid({ error: msg('validation.directory.programmeUnknown') }).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: msg('validation.directory.countryCode') })
    .optional(),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, { error: msg('validation.directory.languageCode') })
    .optional(),
  openToAdvise: flag.optional(),
  level: GovernmentLevel.optional(),
  policyArea: z.string().trim().max(80).optional(),
  /** "Worked at": matches the organisation of any post, past or current. */
  organisation: z
    .string()
    .trim()
    .max(140, { error: msg('validation.directory.organisationTooLong') })
    .optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(24),
});
export type DirectoryQuery = z.input<typeof DirectoryQuery>;

export const FacetValue = z.object({ value: z.string(), label: z.string(), count: z.number() });
export type FacetValue = z.infer<typeof FacetValue>;

/** A directory card; `workedAt` names the past post that matched "worked at", if one did. */
export const DirectoryCard = MemberCard.extend({ workedAt: WorkedAt.nullable() });
export type DirectoryCard = z.infer<typeof DirectoryCard>;

export const DirectoryPage = z.object({
  members: z.array(DirectoryCard),
  nextCursor: z.string().nullable(),
  /** How many members match, across all pages. */
  total: z.number(),
  /** For each filter, its values among the matching members and how many have each. */
  facets: z.object({
    expertise: z.array(FacetValue),
    cohort: z.array(FacetValue),
    programme: z.array(FacetValue),
    country: z.array(FacetValue),
    language: z.array(FacetValue),
    level: z.array(FacetValue),
    policyArea: z.array(FacetValue),
    openToAdvise: z.number(),
  }),
});
export type DirectoryPage = z.infer<typeof DirectoryPage>;
