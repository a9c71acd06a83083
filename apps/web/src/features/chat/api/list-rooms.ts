import type { RoomList } from '@praxis/contracts/chat';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const roomsKey = ['chat', 'rooms'] as const;

export const listRooms = () => apiRequest<RoomList>('GET', '/api/rooms');

export const roomsQueryOptions = () => queryOptions({ queryKey: roomsKey, queryFn: listRooms });

export function useRooms() {
  return useQuery(roomsQueryOptions());
}
