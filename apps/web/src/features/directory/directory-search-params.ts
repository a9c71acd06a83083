import type { DirectoryFilters } from './api/search-members.ts';

/** The filters with chips, each narrowing to one value at a time. */
export const FACETS = [
  'expertise',
  'level',
  'policyArea',
  'cohort',
  'programme',
  'country',
  'language',
] as const;
export type Facet = (typeof FACETS)[number];

/** The URL is the directory's state, so a search can be shared and the back button undoes it. */
export function filtersFrom(params: URLSearchParams): DirectoryFilters {
  const filters: DirectoryFilters = {};
  const q = params.get('q')?.trim();
  if (q) filters.q = q;
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) (filters as Record<Facet, string>)[facet] = value;
  }
  const organisation = params.get('organisation')?.trim();
  if (organisation) filters.organisation = organisation;
  if (params.get('openToAdvise') === 'true') filters.openToAdvise = 'true';
  return filters;
}

export function paramsFrom(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const facet of FACETS) {
    const value = filters[facet];
    if (value) params.set(facet, value);
  }
  if (filters.organisation) params.set('organisation', filters.organisation);
  if (filters.openToAdvise === 'true') params.set('openToAdvise', 'true');
  return params;
}

export const hasFilters = (filters: DirectoryFilters) =>
  FACETS.some((facet) => filters[facet]) ||
  Boolean(filters.organisation) ||
  filters.openToAdvise === 'true';
