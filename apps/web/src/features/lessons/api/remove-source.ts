import type { LessonDetail } from '@praxis/contracts/lessons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeLesson } from './get-lesson.ts';

export const removeLessonSource = ({
  lessonId,
  sourceId,
}: {
  lessonId: string;
  sourceId: string;
}) => apiRequest<LessonDetail>('DELETE', `/api/lessons/${lessonId}/sources/${sourceId}`);

export function useRemoveLessonSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeLessonSource,
    onSuccess: (lesson) => storeLesson(queryClient, lesson),
  });
}
