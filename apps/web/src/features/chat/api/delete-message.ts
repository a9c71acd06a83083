import type { Message } from '@praxis/contracts/chat';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { realtime } from '../../../lib/realtime.ts';

export const deleteMessage = ({ roomId, messageId }: { roomId: string; messageId: string }) =>
  apiRequest<Message>('DELETE', `/api/rooms/${roomId}/messages/${messageId}`);

export function useDeleteMessage() {
  return useMutation({
    mutationFn: deleteMessage,
    onSuccess: (message) => realtime.apply(message),
  });
}
