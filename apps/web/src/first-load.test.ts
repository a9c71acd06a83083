import { describe, expect, it } from 'vitest';
import { firstPages } from './first-load.ts';
import { firstPageShown } from './pages.ts';

describe('first-load.ts', () => {
  it.each(firstPages.map(({ path, module }) => [path, module]))(
    'names for %s the module of the page the app shows there (%s)',
    async (path, module) => {
      const [page] = firstPageShown[path as keyof typeof firstPageShown];
      const shown = ((await page.preload()) as { default: unknown }).default;
      const exported = Object.values((await import(/* @vite-ignore */ module)) as object);
      expect(exported).toContain(shown);
    },
  );
});
