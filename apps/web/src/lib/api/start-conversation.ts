import type { DirectRoomBody, Room } from '@praxis/contracts/chat';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

/** The direct conversation with exactly these members: the existing one, or a new one. */
export const startConversation = (body: DirectRoomBody) =>
  apiRequest<Room>('POST', '/api/rooms/direct', body);

export function useStartConversation() {
  return useMutation({ mutationFn: startConversation });
}
