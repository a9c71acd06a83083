import type { RoomList } from '@praxis/contracts/chat';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../../lib/api-client.ts';
import { roomsKey } from './list-rooms.ts';

export const leaveRoom = (roomId: string) =>
  apiRequest<void>('DELETE', `/api/rooms/${roomId}/membership`);

/** Leaves a direct conversation and goes back to the room list, which no longer holds it. */
export function useLeaveRoom() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: leaveRoom,
    onSuccess: (_, roomId) => {
      navigate('/chat');
      queryClient.setQueryData<RoomList>(roomsKey, (list) =>
        list ? { rooms: list.rooms.filter((each) => each.id !== roomId) } : list,
      );
    },
  });
}
