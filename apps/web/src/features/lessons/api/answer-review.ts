import type { LessonConsentBody, LessonReview } from '@praxis/contracts/lessons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lessonsKey } from '../../../lib/api/lessons-drawn-from.ts';
import { apiRequest } from '../../../lib/api-client.ts';

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
  apiRequest<LessonReview>('PUT', `/api/lessons/${lessonId}/sources/${sourceId}/consent`, answer);

export function useAnswerReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerReview,
    onSuccess: () => {
      // The answer changes the lesson's sources, its audience and the reviews still waiting.
      void queryClient.invalidateQueries({ queryKey: lessonsKey });
      // The bell's "asks you to review" has been answered.
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
