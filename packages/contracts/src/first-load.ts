// Between the web build and the API's spa plugin: what the first load of an address needs, so
// that the server can send it with the page (see apps/web/src/first-load.ts). Free of zod: the
// web app's first script reads the element id.

/** dist/first-load.json, as the web build writes it. */
export interface FirstLoad {
  /** The built files of each language's catalog, by locale. */
  locales: Record<string, string[]>;
  /** API reads every address makes before it shows anything. */
  everyPageReads: string[];
  /** In the order they are tried: an address pattern, its page's files and its first reads. */
  pages: { path: string; files: string[]; reads: string[] }[];
}

/** The id of the `<script type="application/json">` element holding the answers to the reads. */
export const FIRST_ANSWERS_ELEMENT_ID = 'praxis-answers';
