import type { LessonDetail } from '@praxis/contracts/lessons';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { lessonsKey } from '../../../lib/api/lessons-drawn-from.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const lessonKey = (id: string) => [...lessonsKey, 'detail', id] as const;

export const getLesson = (id: string) => apiRequest<LessonDetail>('GET', `/api/lessons/${id}`);

export const lessonQueryOptions = (id: string) =>
  queryOptions({ queryKey: lessonKey(id), queryFn: () => getLesson(id) });

export function useLesson(id: string) {
  return useQuery(lessonQueryOptions(id));
}

/**
 * A change answered with the lesson: it is stored as the lesson, and the lists that show it
 * (library, drafts, reviews, "drawn from") are asked again.
 */
export function storeLesson(queryClient: QueryClient, lesson: LessonDetail) {
  queryClient.setQueryData(lessonKey(lesson.id), lesson);
  void queryClient.invalidateQueries({
    queryKey: lessonsKey,
    predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== lesson.id,
  });
}
