import type { Room, RoomList } from '@praxis/contracts/chat';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { roomsKey } from './list-rooms.ts';

export const muteRoom = ({ roomId, muted }: { roomId: string; muted: boolean }) =>
  apiRequest<Room>('PUT', `/api/rooms/${roomId}/muted`, { muted });

export function useMuteRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: muteRoom,
    onSuccess: (room) =>
      queryClient.setQueryData<RoomList>(roomsKey, (list) =>
        list ? { rooms: list.rooms.map((each) => (each.id === room.id ? room : each)) } : list,
      ),
  });
}
