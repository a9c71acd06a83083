import { ANONYMOUS_AUTHOR_ID } from '@praxis/contracts/common';
import type { Reply, ThreadDetail } from '@praxis/contracts/threads';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { expect } from 'vitest';
import { createTestApp } from './test-app.ts';

/**
 * The cast of the anonymous-posting tests: Amra and Bruno in a cohort of five, an outsider and an
 * organiser, and the requests they make.
 */
export async function anonymityCast() {
  const t = await createTestApp();
  async function person(overrides: Parameters<typeof createMember>[1] = {}) {
    const member = await createMember(t.database.db, overrides);
    return {
      id: member.id,
      name: member.name,
      cookie: await t.signIn(member.email, TEST_PASSWORD),
    };
  }
  const amra = await person({ name: 'Amra Hadžić', handle: 'amra' });
  const bruno = await person({ name: 'Bruno Lefèvre', handle: 'bruno' });
  const outsider = await person({ name: 'Olli Outsider', handle: 'olli' });
  const organiser = await person({ name: 'Orla Organiser', handle: 'orla', role: 'organiser' });
  // Five members at least: fewer are too few to hide among.
  const others = [];
  for (let index = 0; index < 3; index += 1) others.push((await createMember(t.database.db)).id);
  const created = await createCohort(t.database.db, {
    name: 'La Transfo 2023',
    memberIds: [amra.id, bruno.id, ...others],
  });

  async function ask(cookie: string, anonymous: { cohortId: string | null } | null) {
    const response = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie,
      payload: { kind: 'question', title: 'Is a tender needed?', body: 'Asking.', anonymous },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as ThreadDetail;
  }

  async function reply(cookie: string, threadId: string, payload: object = {}) {
    const response = await t.request({
      method: 'POST',
      url: `/api/threads/${threadId}/replies`,
      cookie,
      payload: { body: 'A reply.', ...payload },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Reply;
  }

  async function read(cookie: string, threadId: string) {
    const response = await t.request({ method: 'GET', url: `/api/threads/${threadId}`, cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ThreadDetail;
  }

  async function repliesOf(cookie: string, threadId: string) {
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/${threadId}/replies`,
      cookie,
    });
    return (response.json() as { replies: Reply[] }).replies;
  }

  return {
    t,
    amra,
    bruno,
    outsider,
    organiser,
    cohort: { id: created.id, name: created.name },
    ask,
    reply,
    read,
    repliesOf,
  };
}
export type AnonymityCast = Awaited<ReturnType<typeof anonymityCast>>;

/** An anonymous author as anyone but themself sees them. */
export const masked = (anonymousCohort: { id: string; name: string } | null) => ({
  id: ANONYMOUS_AUTHOR_ID,
  handle: '',
  name: '',
  role: 'member',
  avatar: null,
  anonymous: { cohort: anonymousCohort },
});
