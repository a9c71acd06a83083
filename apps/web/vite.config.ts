import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { codeSplitting } from './vite-chunks.ts';
import { firstLoad } from './vite-first-load.ts';
import { webMessages } from './vite-messages.ts';
import { precompress } from './vite-precompress.ts';
import { serviceWorker } from './vite-service-worker.ts';
import { zodJitless } from './vite-zod-jitless.ts';

const apiTarget = process.env.PRAXIS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  // precompress last: it compresses what the other plugins wrote.
  plugins: [react(), webMessages(), zodJitless(), firstLoad(), serviceWorker(), precompress()],
  // Messages arrive parsed (see vite-messages.ts), so the browser is spared FormatJS's parser.
  resolve: {
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, ws: true } },
  },
  // No source maps: the published code stays what it is, and no .map is there to be served.
  build: {
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting } },
  },
});
