import type { PilotDetail } from '@praxis/contracts/pilots';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const pilotKey = (id: string) => ['pilots', 'detail', id] as const;

export const getPilot = (id: string) => apiRequest<PilotDetail>('GET', `/api/pilots/${id}`);

export const pilotQueryOptions = (id: string) =>
  queryOptions({ queryKey: pilotKey(id), queryFn: () => getPilot(id) });

export function usePilot(id: string) {
  return useQuery(pilotQueryOptions(id));
}
