import type { ShowcaseItem, ShowcaseItemPage } from '@praxis/contracts/showcase';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

/** Every read and change of the public showcase sits under this key. */
export const showcaseKey = ['showcase'] as const;

/** `mine`: the items that name the reader; `all`: every item (organisers). */
export type ShowcaseScope = 'mine' | 'all';

/** Only the items copied from one lesson or one pilot. */
export type ShowcaseSource = { lessonId: string } | { pilotId: string };

export const listShowcaseItems = (
  scope: ShowcaseScope,
  cursor: string | null,
  source?: ShowcaseSource,
) => {
  const params = new URLSearchParams({ scope });
  if (source && 'lessonId' in source) params.set('lessonId', source.lessonId);
  if (source && 'pilotId' in source) params.set('pilotId', source.pilotId);
  if (cursor) params.set('cursor', cursor);
  return apiRequest<ShowcaseItemPage>('GET', `/api/showcase/items?${params}`);
};

export const showcaseItemsOptions = (
  scope: ShowcaseScope,
  enabled = true,
  source?: ShowcaseSource,
) =>
  infiniteQueryOptions({
    queryKey: [...showcaseKey, 'items', scope, source ?? null],
    queryFn: ({ pageParam }) => listShowcaseItems(scope, pageParam, source),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled,
  });

export function useShowcaseItems(scope: ShowcaseScope, enabled = true, source?: ShowcaseSource) {
  return useInfiniteQuery(showcaseItemsOptions(scope, enabled, source));
}

/** How many items wait for this member's answer, among those already loaded. */
export function waitingForAnswer(items: readonly ShowcaseItem[], memberId: string): number {
  return items.filter(
    (item) =>
      item.status !== 'withdrawn' &&
      item.credits.some((credit) => credit.member.id === memberId && credit.answer === 'pending'),
  ).length;
}

/** The item a lesson or pilot is in now (asking or out), if any; a withdrawn one is history. */
export function currentItemFor(
  items: readonly ShowcaseItem[],
  source: { lessonId: string } | { pilotId: string },
): ShowcaseItem | undefined {
  return items.find(
    (item) =>
      item.status !== 'withdrawn' &&
      ('lessonId' in source ? item.lessonId === source.lessonId : item.pilotId === source.pilotId),
  );
}
