import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Self-contained: Vite loads its config with Node, which cannot import the workspace's .ts.
const webDir = fileURLToPath(new URL('../../packages/i18n/messages/web', import.meta.url));

const PREFIX = 'virtual:praxis-messages/';

/**
 * A Vite plugin: `import('virtual:praxis-messages/fr')` is every web catalog of one language,
 * merged into one chunk, so a language costs one request and no other language's bytes.
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
      if (!/^[a-z]{2}(-[A-Za-z]{2,4})?$/.test(locale)) throw new Error(`no catalogs for ${locale}`);
      const merged: Record<string, string> = {};
      for (const namespace of readdirSync(webDir).sort()) {
        const file = join(webDir, namespace, `${locale}.json`);
        this.addWatchFile(file);
        Object.assign(merged, JSON.parse(readFileSync(file, 'utf8')));
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(merged))});`;
    },
  };
}
