import type { PilotDetail } from '@praxis/contracts/pilots';
import type { QueryClient } from '@tanstack/react-query';
import { pilotKey } from './api/get-pilot.ts';

/**
 * A changed pilot as the API answered it: its page shows it at once, and the lists that name it
 * (the board, profiles, linked pilots) are read again.
 */
export function storePilot(queryClient: QueryClient, pilot: PilotDetail) {
  queryClient.setQueryData(pilotKey(pilot.id), pilot);
  return queryClient.invalidateQueries({
    queryKey: ['pilots'],
    predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== pilot.id,
  });
}
