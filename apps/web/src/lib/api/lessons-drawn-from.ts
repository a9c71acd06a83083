import type { DrawnFromList } from '@praxis/contracts/lessons';
import type { DrawnFromQuery } from '@praxis/contracts/library';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

// "Lessons drawn from this" on a thread or a meetup, and "add to one of my drafts" beside it: the
// thread and meetup pages show them, the library changes them, so they live here once.

/** Every key of the lessons' queries starts with this, so that a change can refresh them all. */
export const lessonsKey = ['lessons'] as const;

const drawnFromParams = (source: DrawnFromQuery) =>
  source.threadId ? `threadId=${source.threadId}` : `meetupId=${source.meetupId ?? ''}`;

/** The lessons the viewer may read that draw on this thread (or its replies) or meetup. */
export const listLessonsDrawnFrom = (source: DrawnFromQuery) =>
  apiRequest<DrawnFromList>('GET', `/api/lessons/drawn-from?${drawnFromParams(source)}`);

export const lessonsDrawnFromOptions = (source: DrawnFromQuery) =>
  queryOptions({
    queryKey: [...lessonsKey, 'drawn-from', drawnFromParams(source)],
    queryFn: () => listLessonsDrawnFrom(source),
  });

export function useLessonsDrawnFrom(source: DrawnFromQuery) {
  return useQuery(lessonsDrawnFromOptions(source));
}
