import type { Message, ReactionBody } from '@praxis/contracts/chat';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { realtime } from '../../../lib/realtime.ts';

export const reactToMessage = ({
  roomId,
  messageId,
  ...body
}: ReactionBody & { roomId: string; messageId: string }) =>
  apiRequest<Message>('PUT', `/api/rooms/${roomId}/messages/${messageId}/reactions`, body);

export function useReactToMessage() {
  return useMutation({
    mutationFn: reactToMessage,
    // The change also arrives over the websocket; showing the answer now saves the wait.
    onSuccess: (message) => realtime.apply(message),
  });
}
