import type { OutcomesQuery } from '@praxis/contracts/outcomes';

/** The address is the dashboard's state, so that the report and a shared link show the same figures. */
export function queryFrom(params: URLSearchParams): OutcomesQuery {
  const query: OutcomesQuery = {};
  for (const key of ['from', 'to', 'programme', 'cohort'] as const) {
    const value = params.get(key)?.trim();
    if (value) query[key] = value;
  }
  return query;
}
