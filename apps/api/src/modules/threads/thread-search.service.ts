import * as search from './thread-search.repository.ts';
import * as similar from './thread-similar.repository.ts';
import * as repository from './threads.repository.ts';

// What the search module asks of threads; every query here applies the threads' one visibility
// rule, so search never shows a thread its reader could not open.

/** Full-text search over threads and their replies. */
export const searchThreads = search.findHits;
export const findSimilarThreads = similar.findSimilar;
export const findVisibleThreadsByIds = repository.findVisibleByIds;
export {
  CANDIDATES_PER_SOURCE,
  MARK_START,
  MARK_STOP,
  type SearchFilters,
  type SearchPosition,
  type ThreadSearchTerm,
} from './thread-search.repository.ts';
export { SIMILAR_PER_WORD } from './thread-similar.repository.ts';
