import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const admin = {
  name: 'Ada Lovelace',
  email: 'ada@agency.example',
  password: 'analytical engine 1843',
};

describe('first-run setup', () => {
  it('reports that setup is needed while no member exists, with no token in the embedded mode', async () => {
    const response = await t.request({ method: 'GET', url: '/api/setup' });
    expect(response.json()).toEqual({ setupRequired: true, tokenRequired: false });
  });

  it('refuses a password that contains the e-mail address, creating no one', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/setup',
      payload: { ...admin, password: 'ada@agency.example!!' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.password).toMatch(/e-mail/);
    expect((await t.request({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      setupRequired: true,
      tokenRequired: false,
    });
  });

  it('creates the first admin and signs them in', async () => {
    const response = await t.request({ method: 'POST', url: '/api/setup', payload: admin });
    expect(response.statusCode).toBe(201);
    expect(response.json().member).toMatchObject({
      name: admin.name,
      email: admin.email,
      role: 'admin',
    });
    const me = await t.request({
      method: 'GET',
      url: '/api/auth/me',
      cookie: sessionCookie(response),
    });
    expect(me.json().member.role).toBe('admin');
  });

  it('is closed once a member exists: 409, and no second admin', async () => {
    expect((await t.request({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      setupRequired: false,
      tokenRequired: false,
    });
    const response = await t.request({
      method: 'POST',
      url: '/api/setup',
      payload: { name: 'Mallory', email: 'mallory@example.org', password: 'let me in as admin' },
    });
    expect(response.statusCode).toBe(409);
    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'mallory@example.org', password: 'let me in as admin' },
    });
    expect(login.statusCode).toBe(401);
  });
});

describe('first-run setup of a PostgreSQL deployment', () => {
  const setupToken = 'printed-at-start-0123456789';
  let server: TestApp;
  beforeAll(async () => {
    // The token a PostgreSQL start makes is given here, as PRAXIS_SETUP_TOKEN would.
    server = await createTestApp({ PRAXIS_SETUP_TOKEN: setupToken });
  });
  afterAll(async () => {
    await server.close();
  });

  it('says that setup asks for the token', async () => {
    const response = await server.request({ method: 'GET', url: '/api/setup' });
    expect(response.json()).toEqual({ setupRequired: true, tokenRequired: true });
  });

  it('refuses without the token, or with a wrong one, with 403 naming the field; no one is created', async () => {
    const missing = await server.request({ method: 'POST', url: '/api/setup', payload: admin });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error).toEqual({
      code: 'forbidden',
      message: 'Enter the setup token Praxis printed when it started (see the server log).',
      fields: {
        setupToken: 'Enter the setup token Praxis printed when it started (see the server log).',
      },
    });
    const wrong = await server.request({
      method: 'POST',
      url: '/api/setup',
      payload: { ...admin, setupToken: 'printed-at-start-0123456780' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.message).toBe(
      'That is not the setup token. Copy it again from the server log.',
    );
    expect((await server.request({ method: 'GET', url: '/api/setup' })).json()).toMatchObject({
      setupRequired: true,
    });
  });

  it('creates the first admin with the token', async () => {
    const response = await server.request({
      method: 'POST',
      url: '/api/setup',
      payload: { ...admin, setupToken: ` ${setupToken} ` },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().member).toMatchObject({ email: admin.email, role: 'admin' });
  });
});
