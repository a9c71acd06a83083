import type { LessonDetail, LessonHelpful } from '@praxis/contracts/lessons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { lessonKey } from './get-lesson.ts';

export const markLessonHelpful = ({ id, helpful }: { id: string; helpful: boolean }) =>
  apiRequest<LessonHelpful>(helpful ? 'POST' : 'DELETE', `/api/lessons/${id}/helpful`);

export function useMarkLessonHelpful() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markLessonHelpful,
    onSuccess: (helpful, { id }) => {
      const lesson = queryClient.getQueryData<LessonDetail>(lessonKey(id));
      if (lesson) {
        queryClient.setQueryData(lessonKey(id), {
          ...lesson,
          helpful,
          helpfulCount: helpful.count,
        });
      }
    },
  });
}
