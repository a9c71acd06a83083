import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
// Relative, so that Vite bundles it into the config: Node alone cannot import the workspace's .ts.
import { PSEUDO_LOCALE, pseudoElements } from '../../packages/i18n/src/pseudo.ts';

const webDir = fileURLToPath(new URL('../../packages/i18n/messages/web', import.meta.url));

const PREFIX = 'virtual:praxis-messages/';

/**
 * A Vite plugin: `import('virtual:praxis-messages/fr')` is every web catalog of one language,
 * merged into one chunk and already parsed, so a language costs one request, no other
 * language's bytes, and the browser needs no ICU parser (see the alias in vite.config.ts).
 */
export function webMessages() {
  return {
    name: 'praxis-web-messages',
    resolveId(id: string) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const locale = id.slice(PREFIX.length + 1);
      const pseudo = locale === PSEUDO_LOCALE;
      const source = pseudo ? 'en' : locale;
      const compiled: Record<string, MessageFormatElement[]> = {};
      for (const namespace of readdirSync(webDir).sort()) {
        const file = join(webDir, namespace, `${source}.json`);
        this.addWatchFile(file);
        const catalog: Record<string, string> = JSON.parse(readFileSync(file, 'utf8'));
        for (const [key, message] of Object.entries(catalog)) {
          compiled[key] = pseudo ? pseudoElements(parse(message)) : parse(message);
        }
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}
