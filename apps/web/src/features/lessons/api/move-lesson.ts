import type { LessonDetail } from '@praxis/contracts/lessons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeLesson } from './get-lesson.ts';

/** The three steps of a lesson's review (draft → in review → published, and back to draft). */
export type LessonStep = 'submit' | 'publish' | 'return-to-draft';

// One file for three endpoints of one shape: each takes no body and answers with the lesson.
export const moveLesson = ({ id, step }: { id: string; step: LessonStep }) =>
  apiRequest<LessonDetail>('POST', `/api/lessons/${id}/${step}`);

export function useMoveLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveLesson,
    onSuccess: (lesson) => storeLesson(queryClient, lesson),
  });
}
