import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const entry = fileURLToPath(new URL('./src/sw/sw.ts', import.meta.url));

/**
 * A Vite plugin for production builds: src/sw/sw.ts becomes dist/sw.js (served from the root,
 * so its scope is the whole app), with the build's id and the files of its shell written in.
 * The id changes whenever any file does (bundle names carry content hashes; public files are
 * hashed here), which makes the browser install the new worker and offer the new version.
 */
export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'praxis-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      const bundled = Object.keys(bundle).filter(
        (file) => !file.endsWith('.map') && file !== 'index.html' && file !== 'first-load.json',
      );
      const publicFiles = publicDir ? filesUnder(publicDir) : [];
      const hash = createHash('sha256');
      for (const file of [...bundled].sort()) hash.update(`${file}\n`);
      for (const file of publicFiles) hash.update(file).update(readFileSync(join(publicDir, file)));
      const shell = [...bundled, ...publicFiles].map((file) => `/${file}`);
      const output = await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define: {
          __PRAXIS_BUILD__: JSON.stringify({ id: hash.digest('hex').slice(0, 16), shell }),
        },
        build: {
          write: false,
          sourcemap: false,
          lib: { entry, formats: ['iife'], name: 'praxisServiceWorker', fileName: () => 'sw.js' },
        },
      });
      const [result] = Array.isArray(output) ? output : [output];
      const chunk = result && 'output' in result ? result.output[0] : undefined;
      if (chunk?.type !== 'chunk') throw new Error('the service worker did not build');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: chunk.code });
    },
  };
}

/** Every file under `dir`, as URL paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
