import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb, openPglite } from './client.ts';
import { createTestDatabase } from './testing/test-database.ts';

// A benchmark compares a route with the very statements it runs; createDb tells whoever asks.
describe('createDb with onStatement', () => {
  it('tells each statement and its parameters as it is sent', async () => {
    const server = await createTestDatabase();
    const seen: [string, unknown[]][] = [];
    const onStatement = (text: string, params: unknown[]) => seen.push([text, params]);
    const database = server.url
      ? createDb({ databaseUrl: server.url, onStatement })
      : createDb({ pglite: openPglite(), onStatement });
    try {
      await database.db.execute(sql`select ${41}::int + 1 as answer`);
      expect(seen).toEqual([['select $1::int + 1 as answer', [41]]]);
    } finally {
      await database.close();
      await server.close();
    }
  });
});
