import { LESSON_STAGES, type LessonStage } from '@praxis/contracts/lessons';
import type { LessonListQuery } from '@praxis/contracts/library';
import { isLocale } from '@praxis/i18n/locales';

/** What the library shows: a search, filters and an order, spelled as its address spells them. */
export type LibraryFilters = Omit<LessonListQuery, 'cursor' | 'limit'>;

const isStage = (value: string | null): value is LessonStage =>
  (LESSON_STAGES as readonly (string | null)[]).includes(value);

/** The address is the library's state, so a search can be shared and the back button undoes. */
export function filtersFrom(params: URLSearchParams): LibraryFilters {
  const filters: LibraryFilters = {};
  for (const key of ['q', 'tag', 'programme'] as const) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const stage = params.get('stage');
  if (isStage(stage)) filters.stage = stage;
  const language = params.get('language');
  if (isLocale(language)) filters.language = language;
  if (params.get('sort') === 'useful') filters.sort = 'useful';
  return filters;
}

export function paramsFrom(filters: LibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'tag', 'programme', 'stage', 'language'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.sort === 'useful') params.set('sort', 'useful');
  return params;
}

/** The library's address for these filters. */
export function libraryHref(filters: LibraryFilters): string {
  const query = paramsFrom(filters).toString();
  return query ? `/library?${query}` : '/library';
}

/** Whether anything narrows the library, so that an empty list says "nothing matches". */
export const narrowed = (filters: LibraryFilters) =>
  Boolean(filters.q || filters.tag || filters.programme || filters.stage || filters.language);
