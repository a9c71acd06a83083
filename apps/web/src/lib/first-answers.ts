import { FIRST_ANSWERS_ELEMENT_ID } from '@praxis/contracts/first-load';

// The server writes the answers to a first page's API reads into the page itself (see
// first-load.ts), so that the page can show them without asking. Each answer is taken once, by
// the first read of its path, and only while the page is new: a read made later asks the server.

/** How long after the page started its answers are still fresh enough to show. */
const FRESH_MS = 15_000;

let answers: Map<string, unknown> | undefined;
/** The answers taken so far, until the service worker is given them. */
let taken: Record<string, unknown> = {};

function pageAnswers(): Map<string, unknown> {
  if (answers) return answers;
  answers = new Map();
  const element =
    typeof document === 'undefined' ? null : document.getElementById(FIRST_ANSWERS_ELEMENT_ID);
  if (element?.textContent) {
    try {
      answers = new Map(Object.entries(JSON.parse(element.textContent) as object));
    } catch {
      // Answers that cannot be read are asked for instead.
    }
  }
  element?.remove();
  return answers;
}

/** The answer the page came with for a GET of `path`, once; undefined when there is none. */
export function takeFirstAnswer(path: string): unknown {
  const all = pageAnswers();
  if (!all.has(path)) return undefined;
  const answer = all.get(path);
  all.delete(path);
  if (performance.now() >= FRESH_MS) return undefined;
  taken[path] = answer;
  return answer;
}

/** The answers taken since the last call, by path. */
export function takenAnswers(): Record<string, unknown> {
  const given = taken;
  taken = {};
  return given;
}
