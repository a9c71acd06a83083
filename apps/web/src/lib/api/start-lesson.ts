import type { LessonDetail, LessonSourceRef } from '@praxis/contracts/lessons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';
import { lessonsKey } from './lessons-drawn-from.ts';

/** A new draft pre-filled from its first source; the viewer is its first author. */
export const startLesson = (source: LessonSourceRef) =>
  apiRequest<LessonDetail>('POST', '/api/lessons', source);

/** Another source for a lesson being written (a draft of the viewer's). */
export const addLessonSource = ({
  lessonId,
  source,
}: {
  lessonId: string;
  source: LessonSourceRef;
}) => apiRequest<LessonDetail>('POST', `/api/lessons/${lessonId}/sources`, source);

/** Either way the lessons' lists and the lesson change, so every lessons query is refreshed. */
export function useStartLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startLesson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lessonsKey }),
  });
}

export function useAddLessonSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addLessonSource,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lessonsKey }),
  });
}
