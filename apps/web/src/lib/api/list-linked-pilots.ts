import type { LinkedPilots, LinkedPilotsQuery } from '@praxis/contracts/pilots';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

/** The pilots linked to one thread, lesson, contribution or meetup that the viewer may see. */
export const listLinkedPilots = (to: LinkedPilotsQuery) =>
  apiRequest<LinkedPilots>(
    'GET',
    `/api/pilots/linked?${new URLSearchParams(Object.entries(to).filter(([, id]) => id) as [string, string][])}`,
  );

export const linkedPilotsQueryOptions = (to: LinkedPilotsQuery) =>
  queryOptions({ queryKey: ['pilots', 'linked', to], queryFn: () => listLinkedPilots(to) });

export function useLinkedPilots(to: LinkedPilotsQuery) {
  return useQuery(linkedPilotsQueryOptions(to));
}
