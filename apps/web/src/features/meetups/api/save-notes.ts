import type { MeetupDetail, NotesBody } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** The notes of a meetup that took place; `done` closes it, and the notes become its record. */
export const saveNotes = ({ id, ...notes }: NotesBody & { id: string }) =>
  apiRequest<MeetupDetail>('PUT', `/api/meetups/${id}/notes`, notes);

export function useSaveNotes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotes,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
