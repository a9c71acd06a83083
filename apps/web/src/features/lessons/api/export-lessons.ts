import { type LibraryFilters, paramsFrom } from '../library-search-params.ts';

// The export is a file the browser downloads with the session cookie: a link, not a fetch.

/** These lessons as one Markdown file, in the shape of a case submission. */
export const exportHref = (ids: string[]) =>
  ids.length === 1
    ? `/api/lessons/${encodeURIComponent(ids[0] ?? '')}/export.md`
    : `/api/lessons/export.md?ids=${ids.map(encodeURIComponent).join(',')}`;

/** Every lesson the library's filters find (the server caps the set), as one Markdown file. */
export const exportFilteredHref = (filters: LibraryFilters) => {
  const query = paramsFrom(filters).toString();
  return query ? `/api/lessons/export.md?${query}` : '/api/lessons/export.md';
};
