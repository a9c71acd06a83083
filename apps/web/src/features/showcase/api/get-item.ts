import type { ShowcasePreview } from '@praxis/contracts/showcase';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { showcaseKey } from '../../../lib/api/list-showcase-items.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const showcaseItemKey = (id: string) => [...showcaseKey, 'item', id] as const;

/** What exactly goes public, and the reader's own answer when the item names them. */
export const getShowcaseItem = (id: string) =>
  apiRequest<ShowcasePreview>('GET', `/api/showcase/items/${id}`);

export const showcaseItemOptions = (id: string) =>
  queryOptions({ queryKey: showcaseItemKey(id), queryFn: () => getShowcaseItem(id) });

export function useShowcaseItem(id: string) {
  return useQuery(showcaseItemOptions(id));
}
