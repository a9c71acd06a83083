import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { translate } from '@praxis/i18n/translate';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createTestApp } from '../../testing/test-app.ts';

describe('the public address', () => {
  it('is saved as an origin where PUBLIC_ORIGIN is not set, for the next start to use', async () => {
    const own = await createTestApp({ PUBLIC_ORIGIN: '' });
    try {
      const admin = await createMember(own.database.db, { role: 'admin' });
      const cookie = await own.signIn(admin.email, TEST_PASSWORD);
      const bad = await own.request({
        method: 'PUT',
        url: '/api/admin/settings',
        payload: { publicUrl: 'ftp://praxis.example.org' },
        cookie,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.publicUrl).toBe(
        translate('en', 'validation.settings.publicUrl'),
      );

      const saved = await own.request({
        method: 'PUT',
        url: '/api/admin/settings',
        payload: { publicUrl: 'https://praxis.example.org/some/page' },
        cookie,
      });
      expect(saved.json()).toMatchObject({
        publicUrl: 'https://praxis.example.org',
        fixedBy: { publicUrl: null },
      });
      expect(own.app.network.current().publicUrl).toBe('https://praxis.example.org');
    } finally {
      await own.close();
    }
  });

  it('applies from the next start, with this machine’s own address still allowed to correct it', () => {
    const config = loadConfig(
      { NODE_ENV: 'test', PORT: '3000' },
      { storedPublicUrl: 'https://praxis.example.org' },
    );
    expect(config.publicOrigin).toBe('https://praxis.example.org');
    expect(config.secureCookies).toBe(true);
    expect(config.allowedOrigins).toEqual([
      'https://praxis.example.org',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ]);
    // PUBLIC_ORIGIN wins.
    const fixed = loadConfig(
      { NODE_ENV: 'test', PUBLIC_ORIGIN: 'https://alumni.example.org' },
      { storedPublicUrl: 'https://praxis.example.org' },
    );
    expect(fixed.publicOrigin).toBe('https://alumni.example.org');
    expect(fixed.allowedOrigins).toEqual(['https://alumni.example.org']);
  });
});
