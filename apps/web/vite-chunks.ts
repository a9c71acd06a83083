import { readFileSync } from 'node:fs';
import type { Rolldown } from 'vite';

// How the build groups modules into files. Every request before the first paint costs a round
// trip on a phone, so a first load should fetch few files: the entry with everything it imports,
// its language's catalog, the page, and one chunk of what pages share. Validation (zod and the
// contracts built on it) is its own chunk, fetched only by the pages with forms that use it.

const usesZod = new Map<string, boolean>();

/** Whether a module is zod or a module that builds on it (read from its source, once). */
function isValidation(id: string): boolean {
  if (/node_modules[\\/]zod[\\/]/.test(id)) return true;
  if (!/packages[\\/]contracts[\\/]/.test(id)) return false;
  let uses = usesZod.get(id);
  if (uses === undefined) {
    uses = /from 'zod'/.test(readFileSync(id, 'utf8'));
    usesZod.set(id, uses);
  }
  return uses;
}

export const codeSplitting: Rolldown.CodeSplittingOptions = {
  groups: [
    // Everything the entry imports, whether or not pages import it too: one file with it.
    { name: 'index', tags: ['$initial'], priority: 3 },
    // What two or more pages share, rather than a file for each combination of pages. Taken
    // before validation, which would otherwise take the zod-free modules its own import.
    { name: 'shared', test: (id: string) => !isValidation(id), minShareCount: 2, priority: 2 },
    { name: 'schemas', test: isValidation, priority: 1 },
  ],
};
