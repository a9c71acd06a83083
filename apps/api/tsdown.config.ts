import { defineConfig } from 'tsdown';

// The production server runs compiled JavaScript: no TypeScript is transpiled when it starts.
// The workspace packages export TypeScript source, so they are bundled in; every package from
// the registry stays an import, resolved from node_modules as in development.
export default defineConfig({
  entry: ['src/server.ts', 'src/backup.ts', 'src/restore.ts'],
  outDir: 'dist',
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  dts: false,
  sourcemap: true,
  deps: { alwaysBundle: [/^@praxis\//] },
});
