import { PILOT_STAGES } from '@praxis/contracts/pilots';
import type { BoardFilters } from './api/list-pilots.ts';

const KEYS = ['programme', 'track', 'cohort', 'q'] as const;

/** The URL is the board's state, so a filtered board can be shared and the back button undoes. */
export function boardFiltersFrom(params: URLSearchParams): BoardFilters {
  const filters: BoardFilters = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const stage = params.get('stage');
  const known = PILOT_STAGES.find((each) => each === stage);
  if (known) filters.stage = known;
  return filters;
}

export function boardParamsFrom(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of [...KEYS, 'stage'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}
