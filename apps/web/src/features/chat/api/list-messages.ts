import type { MessagePage } from '@praxis/contracts/chat';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const messagesKey = (roomId: string) => ['chat', 'messages', roomId] as const;

/** A page of a room's history, newest first page first; each page is in ascending order. */
export const listMessages = (roomId: string, before: number | null) =>
  apiRequest<MessagePage>(
    'GET',
    `/api/rooms/${roomId}/messages${before === null ? '' : `?before=${before}`}`,
  );

export const messagesQueryOptions = (roomId: string) =>
  infiniteQueryOptions({
    queryKey: messagesKey(roomId),
    queryFn: ({ pageParam }) => listMessages(roomId, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBefore,
    // The websocket brings every later message, edit and deletion; asking again adds nothing.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The latest history; not asked for while the room is opened at a message instead. */
export function useMessages(roomId: string, enabled = true) {
  return useInfiniteQuery({ ...messagesQueryOptions(roomId), enabled });
}
