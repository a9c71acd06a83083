import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * Two API instances on one database, both listening, for one test file: separate pools and
 * listeners on PostgreSQL, as separate processes would have; on PGlite both share the
 * in-process database and its NOTIFY. Registers the file's beforeAll and afterAll.
 */
export function twoInstances() {
  const instances: TestApp[] = [];
  const urls: string[] = [];

  async function listen(t: TestApp) {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    return `http://127.0.0.1:${address.port}`;
  }

  beforeAll(async () => {
    const a = await createTestApp();
    const b = await createTestApp({}, { sharing: a.database });
    instances.push(a, b);
    urls.push(await listen(a), await listen(b));
  });
  afterAll(async () => {
    for (const t of instances.reverse()) await t.close();
  });

  return {
    get a() {
      return instances[0] as TestApp;
    },
    get b() {
      return instances[1] as TestApp;
    },
    /** The base URL of instance 0 or 1. */
    url: (index: number) => urls[index] as string,
  };
}
