import type { PublishPilot, ShowcaseItem } from '@praxis/contracts/showcase';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';
import { showcaseKey } from './list-showcase-items.ts';

/** Asks everyone a published lesson names whether it may go to the public showcase. */
export const publishLesson = (lessonId: string) =>
  apiRequest<ShowcaseItem>('POST', `/api/showcase/lessons/${lessonId}`);

/** The same for a pilot, with the summary its organisers wrote for the public. */
export const publishPilot = ({ pilotId, ...body }: PublishPilot & { pilotId: string }) =>
  apiRequest<ShowcaseItem>('POST', `/api/showcase/pilots/${pilotId}`, body);

export function usePublishLesson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishLesson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: showcaseKey }),
  });
}

export function usePublishPilot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishPilot,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: showcaseKey }),
  });
}
