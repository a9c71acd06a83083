import type { LessonConsentBody, LessonDetail } from '@praxis/contracts/lessons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeLesson } from './get-lesson.ts';

/** A source's author says whether they may be quoted, and whether the lesson may reach further. */
export const answerReview = ({
  lessonId,
  sourceId,
  answer,
}: {
  lessonId: string;
  sourceId: string;
  answer: LessonConsentBody;
}) =>
  apiRequest<LessonDetail>('PUT', `/api/lessons/${lessonId}/sources/${sourceId}/consent`, answer);

export function useAnswerReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerReview,
    onSuccess: (lesson) => {
      storeLesson(queryClient, lesson);
      // The bell's "asks you to review" has been answered.
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
