import { fileURLToPath } from 'node:url';
import type { FirstLoad } from '@praxis/contracts/first-load';
import type { Plugin } from 'vite';
import { everyPageReads, firstPages } from './src/first-load.ts';

const MESSAGES = '\0virtual:praxis-messages/';
const srcDir = fileURLToPath(new URL('./src/', import.meta.url));

interface BundledChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  isEntry: boolean;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * A Vite plugin for production builds: writes dist/first-load.json, which names, for each
 * address of src/first-load.ts, the files of its page beyond what the entry already loads
 * (scripts and stylesheets), and for each language the files of its catalog. The build fails if
 * an address names a page module that is not a chunk of its own.
 */
export function firstLoad(): Plugin {
  return {
    name: 'praxis-first-load',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (output): output is typeof output & BundledChunk => output.type === 'chunk',
      );
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (start: string[]) => {
        const seen = new Set<string>();
        const visit = (file: string) => {
          if (seen.has(file)) return;
          seen.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
        };
        for (const file of start) visit(file);
        return seen;
      };
      const entry = closure(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
      // A chunk's own scripts and stylesheets, less what the entry's script tag brings already.
      const filesOf = (chunk: BundledChunk) => {
        const scripts = [...closure([chunk.fileName])].filter((file) => !entry.has(file));
        const styles = scripts.flatMap((file) => [
          ...(byFile.get(file)?.viteMetadata?.importedCss ?? []),
        ]);
        return [...scripts, ...styles];
      };
      const facade = (id: string) => chunks.find((chunk) => chunk.facadeModuleId === id);

      const locales: FirstLoad['locales'] = {};
      for (const chunk of chunks) {
        if (chunk.facadeModuleId?.startsWith(MESSAGES)) {
          locales[chunk.facadeModuleId.slice(MESSAGES.length)] = filesOf(chunk);
        }
      }
      const pages = firstPages.map(({ path, module, reads }) => {
        const chunk = facade(fileURLToPath(new URL(module, `file://${srcDir}`)));
        if (!chunk) throw new Error(`first-load.ts: ${module} (for ${path}) is not a page chunk`);
        return { path, files: filesOf(chunk), reads: [...reads] };
      });
      const firstLoad: FirstLoad = { locales, everyPageReads, pages };
      this.emitFile({
        type: 'asset',
        fileName: 'first-load.json',
        source: JSON.stringify(firstLoad, null, 2),
      });
    },
  };
}
