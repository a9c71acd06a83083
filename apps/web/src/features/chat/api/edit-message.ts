import type { EditMessageBody, Message } from '@praxis/contracts/chat';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { realtime } from '../../../lib/realtime.ts';

/** Without attachmentIds the message keeps its files; with them it has exactly those. */
export const editMessage = ({
  roomId,
  messageId,
  ...edit
}: Pick<Message, 'roomId'> & { messageId: string } & EditMessageBody) =>
  apiRequest<Message>('PATCH', `/api/rooms/${roomId}/messages/${messageId}`, edit);

export function useEditMessage() {
  return useMutation({
    mutationFn: editMessage,
    // The edit also arrives over the websocket; showing the answer now saves the wait.
    onSuccess: (message) => realtime.apply(message),
  });
}
