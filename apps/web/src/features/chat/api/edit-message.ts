import type { Message } from '@praxis/contracts/chat';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { realtime } from '../../../lib/realtime.ts';

export const editMessage = ({
  roomId,
  messageId,
  body,
}: Pick<Message, 'roomId' | 'body'> & { messageId: string }) =>
  apiRequest<Message>('PATCH', `/api/rooms/${roomId}/messages/${messageId}`, { body });

export function useEditMessage() {
  return useMutation({
    mutationFn: editMessage,
    // The edit also arrives over the websocket; showing the answer now saves the wait.
    onSuccess: (message) => realtime.apply(message),
  });
}
