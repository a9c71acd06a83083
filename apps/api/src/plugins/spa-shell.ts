import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_ANSWERS_ELEMENT_ID, type FirstLoad } from '@praxis/contracts/first-load';

// The page every address outside /api is answered with, written per request: the build's
// index.html in the request's language, with what that address's first load needs (the web
// build's dist/first-load.json, see apps/web/src/first-load.ts) so that the browser does not
// wait for the app's script to ask for it.

const NO_FIRST_LOAD: FirstLoad = { locales: {}, everyPageReads: [], pages: [] };

export function readFirstLoad(webDist: string): FirstLoad {
  const file = join(webDist, 'first-load.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FirstLoad) : NO_FIRST_LOAD;
}

/** A segment's value that may go into an API path as it is. */
const PLAIN_SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * The parameters of `path` if it matches `pattern` (`:name` is one segment, `:name?` one or
 * none), else null. Parameters hold only letters, digits, `-` and `_`: an address with anything
 * else is not a first page, and is left for the app to read itself.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const wanted = pattern.split('/').filter(Boolean);
  const given = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  let at = 0;
  for (const segment of wanted) {
    const value = given[at];
    if (segment.startsWith(':')) {
      const optional = segment.endsWith('?');
      const name = segment.slice(1, optional ? -1 : undefined);
      if (value === undefined) {
        if (optional) continue;
        return null;
      }
      if (!PLAIN_SEGMENT.test(value)) return null;
      params[name] = value;
    } else if (value !== segment) {
      return null;
    }
    at += 1;
  }
  return at === given.length ? params : null;
}

/** `/api/threads/:id` with the address's parameters filled in; null when one is missing. */
export function fillPath(read: string, params: Record<string, string>): string | null {
  let missing = false;
  const filled = read.replace(/:([A-Za-z]+)/g, (_all, name: string) => {
    const value = params[name];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? null : filled;
}

/** The files to announce and the API reads to answer for an address, in a language. */
export function firstLoadOf(firstLoad: FirstLoad, path: string, locale: string) {
  const catalog = firstLoad.locales[locale] ?? [];
  for (const page of firstLoad.pages) {
    const params = matchPath(page.path, path);
    if (!params) continue;
    const reads = page.reads.map((read) => fillPath(read, params));
    return {
      files: [...new Set([...catalog, ...page.files])],
      reads: [...firstLoad.everyPageReads, ...reads.filter((read) => read !== null)],
    };
  }
  return { files: catalog, reads: firstLoad.everyPageReads };
}

/**
 * JSON that cannot end the script element it sits in, nor be read as markup: `<`, `>` and `&`
 * are escaped, and so are the line separators older parsers took for line ends.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export interface ShellParts {
  locale: string;
  /** Built files (`assets/…`) the page will need: scripts become modulepreloads, CSS a preload. */
  files: string[];
  /** API answers by the path that asks for them, taken by the app instead of asking. */
  answers: Record<string, unknown>;
}

/** index.html with the request's language, its files announced and its answers inside. */
export function writeShell(template: string, { locale, files, answers }: ShellParts): string {
  const links = files.map((file) =>
    file.endsWith('.css')
      ? `<link rel="preload" as="style" crossorigin href="/${file}">`
      : `<link rel="modulepreload" crossorigin href="/${file}">`,
  );
  const data =
    Object.keys(answers).length > 0
      ? `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">${jsonInScript(answers)}</script>`
      : '';
  // Replaced by functions: a string replacement reads `$&`, `$'` and the like in members' words.
  return template
    .replace('<html lang="en">', () => `<html lang="${locale}">`)
    .replace('</head>', () => `${links.join('')}${data}</head>`);
}
