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
  it('reports that setup is needed while no member exists', async () => {
    const response = await t.request({ method: 'GET', url: '/api/setup' });
    expect(response.json()).toEqual({ setupRequired: true });
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
