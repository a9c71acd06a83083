import type { LessonDetail, LessonUpdateBody } from '@praxis/contracts/lessons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeLesson } from './get-lesson.ts';

export const updateLesson = ({ id, changes }: { id: string; changes: LessonUpdateBody }) =>
  apiRequest<LessonDetail>('PATCH', `/api/lessons/${id}`, changes);

export function useUpdateLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLesson,
    onSuccess: (lesson) => storeLesson(queryClient, lesson),
  });
}
