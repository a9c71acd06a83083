import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Locale, locales } from './locales.ts';

// Reading the catalogs and the sources from disk, for the tests that hold them together.

export const messagesDir = fileURLToPath(new URL('../messages', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export type Side = 'web' | 'server';

export function namespaces(side: Side): string[] {
  return readdirSync(join(messagesDir, side)).sort();
}

export function readCatalog(side: Side, namespace: string, locale: Locale): Record<string, string> {
  return JSON.parse(readFileSync(join(messagesDir, side, namespace, `${locale}.json`), 'utf8'));
}

export function allKeys(side: Side): string[] {
  return namespaces(side).flatMap((namespace) => Object.keys(readCatalog(side, namespace, 'en')));
}

export { locales };

/** Every TypeScript source under `dir`, tests and end-to-end walks left out. */
export function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'e2e' && entry.name !== 'dist') {
        found.push(...sourceFiles(path));
      }
    } else if (/\.tsx?$/.test(entry.name) && !/\.(test|e2e)\.tsx?$/.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}
