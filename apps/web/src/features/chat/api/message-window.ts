import type { MessagePage, MessageWindow } from '@praxis/contracts/chat';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { listMessages } from './list-messages.ts';

/** Where a page of a window of history starts: the message itself, or older, or newer. */
type WindowPosition =
  | { from: 'around'; messageId: string }
  | { from: 'before'; seq: number }
  | { from: 'after'; seq: number };

async function windowPage(roomId: string, position: WindowPosition): Promise<MessageWindow> {
  if (position.from === 'around') {
    return apiRequest<MessageWindow>(
      'GET',
      `/api/rooms/${roomId}/messages/${position.messageId}/around`,
    );
  }
  if (position.from === 'after') {
    return apiRequest<MessageWindow>(
      'GET',
      `/api/rooms/${roomId}/messages/newer?after=${position.seq}`,
    );
  }
  const page: MessagePage = await listMessages(roomId, position.seq);
  return { messages: page.messages, nextBefore: page.nextBefore, nextAfter: null };
}

/**
 * A room's history opened at one message (a search hit): pages newer than it come before it in
 * `pages` (fetchPreviousPage), older ones after (fetchNextPage), as in the latest-first history.
 */
export const messageWindowQueryOptions = (roomId: string, messageId: string) =>
  infiniteQueryOptions({
    queryKey: ['chat', 'window', roomId, messageId],
    queryFn: ({ pageParam }) => windowPage(roomId, pageParam),
    initialPageParam: { from: 'around', messageId } as WindowPosition,
    getNextPageParam: (page): WindowPosition | undefined =>
      page.nextBefore === null ? undefined : { from: 'before', seq: page.nextBefore },
    getPreviousPageParam: (page): WindowPosition | undefined =>
      page.nextAfter === null ? undefined : { from: 'after', seq: page.nextAfter },
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useMessageWindow(roomId: string, messageId: string | null) {
  return useInfiniteQuery({
    ...messageWindowQueryOptions(roomId, messageId ?? ''),
    enabled: messageId !== null,
  });
}
