import { createDb } from '@praxis/db/client';
import { createTestDatabase, type TestDatabase } from '@praxis/db/testing/test-database';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  /** A request as the SPA sends it: same-origin, JSON, with the given session cookie. */
  request(
    options: InjectOptions & { cookie?: string | undefined },
  ): Promise<LightMyRequestResponse>;
  /** Signs in and returns the session cookie (`name=value`). */
  signIn(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(
  env: Record<string, string> = {},
  { sharing }: { sharing?: TestDatabase } = {},
): Promise<TestApp> {
  const database = sharing ? await secondHandle(sharing) : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PRAXIS_SEED: 'none',
    WEB_DIST: '/nonexistent-web-dist',
    PUBLIC_ORIGIN: 'http://praxis.test',
    ...env,
  });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();

  const request: TestApp['request'] = ({ cookie, headers, ...options }) =>
    app.inject({
      ...options,
      headers: {
        origin: config.publicOrigin,
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
    });

  return {
    app,
    database,
    config,
    request,
    async signIn(email, password) {
      const response = await request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password },
      });
      if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
      return sessionCookie(response);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Another API instance's handle on the same database: its own pool on a server, as separate
 * processes would have; on PGlite, which lives in this process, the same instance, left open.
 */
async function secondHandle(database: TestDatabase): Promise<TestDatabase> {
  if (!database.url) return { ...database, close: async () => {} };
  return { ...createDb({ databaseUrl: database.url, poolSize: 5 }), url: database.url };
}

/** The `name=value` part of the session cookie a response sets. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const header = [response.headers['set-cookie'] ?? []]
    .flat()
    .find((value) => /^(__Host-)?praxis_session=/.test(value));
  if (!header) throw new Error('response set no session cookie');
  return header.split(';')[0] ?? '';
}
