import type { MentionSuggestions, PreviewResponse } from '@praxis/contracts/writing';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';

/** Where the text is written: who can read it there decides who may be suggested. */
export type MentionPlace =
  | { thread: string }
  | { room: string }
  | { meetup: string }
  | { cohort: string }
  | { network: true };

export function placeQuery(place: MentionPlace): string {
  const [name, value] = Object.entries(place)[0] as [string, string | true];
  return `${name}=${encodeURIComponent(String(value))}`;
}

export const mentionSuggestionsOptions = (place: MentionPlace, typed: string) =>
  queryOptions({
    queryKey: ['mentions', placeQuery(place), typed.toLowerCase()],
    queryFn: () =>
      apiRequest<MentionSuggestions>(
        'GET',
        `/api/mentions?q=${encodeURIComponent(typed)}&${placeQuery(place)}`,
      ),
    staleTime: 60_000,
  });

export const markdownPreviewOptions = (text: string) =>
  queryOptions({
    queryKey: ['markdown-preview', text],
    queryFn: () => apiRequest<PreviewResponse>('POST', '/api/markdown/preview', { text }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
  });
