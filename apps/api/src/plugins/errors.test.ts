import type { Database } from '@praxis/db/client';
import { createTestDatabase } from '@praxis/db/testing/test-database';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';

let database: Database;
let app: FastifyInstance;
const logged: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({
    PRAXIS_SEED: 'none',
    WEB_DIST: '/nonexistent',
    PUBLIC_ORIGIN: 'http://praxis.test',
  });
  app = await buildApp({
    config,
    database,
    logger: { level: 'error', stream: { write: (line: string) => logged.push(line) } },
  });
  const anyone = { config: { access: 'public' as const } };
  app.get('/api/explode', anyone, async () => {
    const error = new Error('relation "secret_table" does not exist at /srv/praxis/app.ts:42');
    throw error;
  });
  // What node-postgres throws when the server ends the connection under a query.
  app.get('/api/lost-connection', anyone, async () => {
    throw Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('the error handler', () => {
  it('answers an unexpected failure with a generic 500 that leaks no detail, and logs it', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/explode' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        code: 'internal',
        message: expect.stringMatching(/Something went wrong on our side/),
      },
    });
    expect(response.body).not.toMatch(/secret_table|\/srv|app\.ts|stack/);
    expect(logged.join('')).toContain('secret_table');
  });

  it('answers a lost database connection with 503, Retry-After and the error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/lost-connection' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toEqual({
      error: {
        code: 'unavailable',
        message: 'Praxis cannot reach its database right now. Try again in 5 seconds.',
      },
    });
  });
});
