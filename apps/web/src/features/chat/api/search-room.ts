import type { MessageHits } from '@praxis/contracts/search';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The API refuses shorter searches. */
export const ROOM_SEARCH_MIN_LENGTH = 2;

export const searchRoom = (roomId: string, q: string) =>
  apiRequest<MessageHits>(
    'GET',
    `/api/search/messages?${new URLSearchParams({ room: roomId, q })}`,
  );

export const roomSearchQueryOptions = (roomId: string, q: string) =>
  queryOptions({
    queryKey: ['chat', 'search', roomId, q],
    queryFn: () => searchRoom(roomId, q),
    enabled: q.trim().length >= ROOM_SEARCH_MIN_LENGTH,
  });

export function useRoomSearch(roomId: string, q: string) {
  return useQuery(roomSearchQueryOptions(roomId, q));
}
