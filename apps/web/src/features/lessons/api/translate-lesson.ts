import type { LessonDetail, LessonTranslationBody } from '@praxis/contracts/lessons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeLesson } from './get-lesson.ts';

/** A translation is published at once, beside its original, to the original's audience. */
export const translateLesson = ({
  originalId,
  translation,
}: {
  originalId: string;
  translation: LessonTranslationBody;
}) => apiRequest<LessonDetail>('POST', `/api/lessons/${originalId}/translations`, translation);

export function useTranslateLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: translateLesson,
    onSuccess: (lesson) => storeLesson(queryClient, lesson),
  });
}
