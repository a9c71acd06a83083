import type { LessonPage } from '@praxis/contracts/lessons';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';
import { lessonsKey } from './lessons-drawn-from.ts';

/** The viewer's drafts, newest first: one page is plenty to pick one to add a source to. */
export const listLessonDrafts = () => apiRequest<LessonPage>('GET', '/api/lessons/drafts?limit=50');

export const lessonDraftsOptions = () =>
  queryOptions({ queryKey: [...lessonsKey, 'drafts'], queryFn: listLessonDrafts });

export function useLessonDrafts({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...lessonDraftsOptions(), enabled });
}
