import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { describe, expect, it } from 'vitest';
import { twoInstances } from '../../testing/two-instances.ts';

const instances = twoInstances();

describe('network settings on two instances', () => {
  it('another instance shows a change at once, not after its 30 s refresh', async () => {
    const { a, b } = instances;
    // The second instance has its settings in memory before the change.
    expect(b.app.network.current().name).toBe('Praxis');
    const admin = await createMember(a.database.db, { role: 'admin' });
    const cookie = await a.signIn(admin.email, TEST_PASSWORD);
    const saved = await a.request({
      method: 'PUT',
      url: '/api/admin/settings',
      payload: { name: 'Policy Lab Alumni', accentColour: '#14532d', defaultLocale: 'hr' },
      cookie,
    });
    expect(saved.statusCode).toBe(200);

    const deadline = Date.now() + 5000;
    const heard = () =>
      b.app.network.current().name === 'Policy Lab Alumni' &&
      b.app.locales.networkDefault() === 'hr';
    while (!heard() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(b.app.network.current()).toMatchObject({
      name: 'Policy Lab Alumni',
      accentColour: '#14532d',
    });
    expect(b.app.locales.networkDefault()).toBe('hr');
    const identity = await b.request({ method: 'GET', url: '/api/network' });
    expect(identity.json().name).toBe('Policy Lab Alumni');
  });
});
