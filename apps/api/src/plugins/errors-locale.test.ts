import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMember } from '@praxis/db/testing/factories';
import { describe, expect, it } from 'vitest';
import { follow, isError, socketTestApp } from '../testing/chat-sockets.ts';

const s = socketTestApp();

async function signedIn(role: 'member' | 'admin' = 'member') {
  const member = await createMember(s.t.database.db, { role });
  return { ...member, cookie: await s.t.signIn(member.email, member.password) };
}

const errorOf = (response: { json(): unknown }) =>
  (response.json() as { error: { message: string; fields?: Record<string, string> } }).error;

describe('the language of an error', () => {
  it('follows Accept-Language for an anonymous visitor', async () => {
    const response = await s.t.request({
      method: 'GET',
      url: '/api/profile',
      headers: { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.5' },
    });
    expect(response.statusCode).toBe(401);
    expect(errorOf(response)).toEqual({
      code: 'unauthenticated',
      message: 'Connectez-vous pour continuer.',
    });
  });

  it('is English, as before, when nothing asks for another language', async () => {
    const response = await s.t.request({ method: 'GET', url: '/api/profile' });
    expect(errorOf(response).message).toBe('Sign in to continue.');
  });

  it("follows the member's profile choice, over what the browser asks for", async () => {
    const member = await signedIn();
    const chosen = await s.t.request({
      method: 'PUT',
      url: '/api/auth/me/locale',
      cookie: member.cookie,
      payload: { locale: 'bs' },
    });
    expect(chosen.statusCode).toBe(200);
    const response = await s.t.request({
      method: 'GET',
      url: '/api/members/nobody-here',
      cookie: member.cookie,
      headers: { 'accept-language': 'fr' },
    });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).message).toBe('Nijedan član nema korisničko ime @nobody-here.');
  });

  it('lets the switch cookie of an anonymous visitor win over Accept-Language', async () => {
    const response = await s.t.request({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        'accept-language': 'fr',
        'content-type': 'application/json',
        cookie: 'praxis_locale=sr-Latn',
      },
      payload: '{"email":',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toBe('Telo zahteva nije ispravan JSON.');
  });

  it('translates a field message as well as the message', async () => {
    const member = await signedIn();
    const response = await s.t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie: member.cookie,
      headers: { 'accept-language': 'fr' },
      payload: {
        currentPassword: 'not the password at all',
        newPassword: 'a brand new passphrase 42',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toEqual({
      code: 'invalid',
      message: 'Votre mot de passe actuel n’est pas correct.',
      fields: { currentPassword: 'Ce n’est pas votre mot de passe actuel.' },
    });
  });

  it("writes a socket's error frames in its member's language", async () => {
    const member = await signedIn();
    await s.t.request({
      method: 'PUT',
      url: '/api/auth/me/locale',
      cookie: member.cookie,
      payload: { locale: 'fr' },
    });
    const socket = await s.connect(member.cookie);
    try {
      const refused = await follow(socket, `thread:${randomUUID()}`);
      expect(isError(refused) && refused.message).toBe(
        'Cela n’existe pas, ou vous ne pouvez pas le voir.',
      );
    } finally {
      socket.close();
    }
  });

  it("falls back to the network's default when the browser asks for nothing Praxis speaks", async () => {
    const admin = await signedIn('admin');
    const set = (defaultLocale: string) =>
      s.t.request({
        method: 'PUT',
        url: '/api/admin/settings',
        cookie: admin.cookie,
        payload: { defaultLocale },
      });
    expect((await set('hr')).statusCode).toBe(200);
    try {
      const response = await s.t.request({
        method: 'GET',
        url: '/api/profile',
        headers: { 'accept-language': 'de-DE, ja;q=0.8' },
      });
      expect(errorOf(response).message).toBe('Prijavite se za nastavak.');
      const other = await signedIn();
      const refused = await s.t.request({
        method: 'GET',
        url: '/api/admin/settings',
        cookie: other.cookie,
      });
      expect(refused.statusCode).toBe(403);
      expect(errorOf(refused).message).toBe('Samo administratori mogu vidjeti postavke mreže.');
    } finally {
      await set('en');
    }
  });
});

const apiSource = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Where text is handed to a person without a catalog key: an `AppError` whose message is a
 * string literal, or a field message written out.
 */
const LITERAL_MESSAGES = [
  /new AppError\(\s*'[a-z_]+'\s*,\s*['"`]/g,
  /fields:\s*\{[^}]*?:\s*['"`]/g,
  /(?:requireRole|requireOrganiser|assertRole|conflictAsField)\([^;]*?,\s*(['"`])[^'"`]*\1\s*,?\s*\)/g,
];

function literalMessages(text: string): number[] {
  return LITERAL_MESSAGES.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => text.slice(0, match.index).split('\n').length),
  );
}

describe('the API source', () => {
  it('finds a message written out, so that the scan below can fail', () => {
    expect(literalMessages("throw new AppError(\n  'conflict',\n  'Already there.',\n);")).toEqual([
      1,
    ]);
    expect(
      literalMessages("new AppError('invalid', msg('x'), { fields: { name: 'Nope.' } })"),
    ).toEqual([1]);
    expect(literalMessages("requireOrganiser(actor, 'create cohorts');")).toEqual([1]);
    expect(literalMessages("requireRole(request, ['organiser', 'admin'], msg('x'));")).toEqual([]);
    expect(
      literalMessages('conflictAsField(() => insert(db), `A cohort called so exists.`)'),
    ).toEqual([1]);
    expect(literalMessages("new AppError('invalid', msg('errors.request.tooLarge'))")).toEqual([]);
  });

  it('names every AppError message and field message by catalog key', () => {
    const found = sources(apiSource).flatMap((file) =>
      literalMessages(readFileSync(file, 'utf8')).map(
        (line) => `${relative(apiSource, file)}:${line}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
