import { auditEntries } from '@praxis/db/schema/audit';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { recordAudit } from './audit.service.ts';

let t: TestApp;
let memberCookie: string;
let organiserCookie: string;
let admin: { id: string; name: string };
let organiser: { id: string; name: string };
let hiddenEntryId: string;

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const member = await createMember(db);
  memberCookie = await t.signIn(member.email, TEST_PASSWORD);
  const organiserRow = await createMember(db, { role: 'organiser', name: 'Olga Organiser' });
  organiser = { id: organiserRow.id, name: organiserRow.name };
  organiserCookie = await t.signIn(organiserRow.email, TEST_PASSWORD);
  const adminRow = await createMember(db, { role: 'admin', name: 'Ada Admin' });
  admin = { id: adminRow.id, name: adminRow.name };

  await recordAudit(db, organiser, {
    action: 'thread.hidden',
    target: { type: 'thread', id: '11111111-1111-4111-8111-111111111111', label: 'Budget panels' },
    reason: '=HYPERLINK("http://evil.example","click")',
  });
  await recordAudit(db, admin, {
    action: 'member.role_changed',
    target: { type: 'member', id: organiser.id, label: organiser.name },
    reason: 'Runs the spring intake',
    details: { from: 'member', to: 'organiser' },
  });
  await recordAudit(
    db,
    { id: null, name: 'Someone who left' },
    {
      action: 'cohort.created',
      target: { type: 'cohort', id: '22222222-2222-4222-8222-222222222222', label: 'Transfo 2024' },
    },
  );
  // Dated entries, for the period filters and the order: times are kept to the millisecond,
  // and two entries written one after the other may share one.
  for (const [action, when] of [
    ['cohort.created', '2026-01-10T09:00:00Z'],
    ['thread.hidden', '2026-01-11T09:00:00Z'],
    ['member.role_changed', '2026-01-12T09:00:00Z'],
  ] as const) {
    await db
      .update(auditEntries)
      .set({ at: at(when) })
      .where(eq(auditEntries.action, action));
  }
  const [hidden] = await db
    .select({ id: auditEntries.id })
    .from(auditEntries)
    .where(eq(auditEntries.action, 'thread.hidden'));
  hiddenEntryId = hidden?.id ?? '';
});
afterAll(() => t.close());

const list = (query: string, cookie = organiserCookie) =>
  t.request({ method: 'GET', url: `/api/audit${query}`, cookie });

interface Page {
  entries: { id: string; action: string; actor: { name: string; handle: string | null } }[];
  nextCursor: string | null;
}

describe('GET /api/audit', () => {
  it('lists every entry newest first for an organiser, with the actor by name', async () => {
    const response = await list('');
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as Page;
    expect(page.entries.map((entry) => entry.action)).toEqual([
      'member.role_changed',
      'thread.hidden',
      'cohort.created',
    ]);
    expect(page.entries[0]).toMatchObject({
      actor: { id: admin.id, name: 'Ada Admin' },
      target: { type: 'member', id: organiser.id, label: 'Olga Organiser' },
      reason: 'Runs the spring intake',
      details: { from: 'member', to: 'organiser' },
    });
    expect(page.entries[2]?.actor).toEqual({ id: null, handle: null, name: 'Someone who left' });
  });

  it('refuses a member with 403 and an anonymous caller with 401', async () => {
    const refused = await list('', memberCookie);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Only organisers and admins can read the audit log.');
    expect((await t.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    expect((await list('.csv', memberCookie)).statusCode).toBe(403);
    expect((await list('/actors', memberCookie)).statusCode).toBe(403);
  });

  it('filters by action, actor, target and period', async () => {
    const actions = async (query: string) =>
      ((await list(query)).json() as Page).entries.map((entry) => entry.action);
    expect(await actions('?action=thread.hidden')).toEqual(['thread.hidden']);
    expect(await actions(`?actor=${admin.id}`)).toEqual(['member.role_changed']);
    expect(await actions('?targetType=cohort')).toEqual(['cohort.created']);
    expect(await actions(`?targetId=${organiser.id}`)).toEqual(['member.role_changed']);
    expect(
      await actions(
        `?from=${encodeURIComponent('2026-01-10T00:00:00+01:00')}&to=2026-01-11T00:00:00Z`,
      ),
    ).toEqual(['cohort.created']);
    expect(await actions('?to=2026-01-10T09:00:00Z')).toEqual([]);
  });

  it('pages with a cursor, each entry once', async () => {
    const first = (await list('?limit=2')).json() as Page;
    expect(first.entries).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await list(`?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)
    ).json() as Page;
    expect(second.entries.map((entry) => entry.action)).toEqual(['cohort.created']);
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    ['?action=thread.burned', 'Choose an action from the list.'],
    ['?actor=olga', 'Choose who acted from the list.'],
    ['?targetType=planet', 'Choose a kind of target from the list.'],
    ['?from=yesterday', 'The start of the period is not a valid date and time.'],
    ['?to=2026-13-01T00:00:00Z', 'The end of the period is not a valid date and time.'],
    [
      '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      'The end of the period must come after its start.',
    ],
    ['?limit=1000', 'Ask for between 1 and 100 entries at a time.'],
  ])('answers %s with 400 and what to change', async (query, message) => {
    const response = await list(query);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.body).toContain(message);
  });

  it('answers a cursor it did not give with 400', async () => {
    const response = await list('?cursor=bm90LWEtY3Vyc29y');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.cursor).toBeDefined();
  });

  it('names everyone who acted for the filter', async () => {
    const response = await list('/actors');
    expect(response.json()).toEqual({
      actors: [
        { id: admin.id, name: 'Ada Admin' },
        { id: organiser.id, name: 'Olga Organiser' },
      ],
    });
  });
});

describe('GET /api/audit.csv', () => {
  it('downloads the filtered entries, a formula in a reason made inert', async () => {
    const response = await list('.csv?targetType=thread');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = response.body.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"When (UTC)","Who","Action","Target type","Target id","Target","Reason","Details"',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(
      `"Olga Organiser","thread.hidden","thread","11111111-1111-4111-8111-111111111111","Budget panels","'=HYPERLINK(""http://evil.example"",""click"")",""`,
    );
  });

  it('answers bad filters with 400', async () => {
    const response = await list('.csv?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('The end of the period must come after its start.');
  });

  it('speaks the reader’s language', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/audit.csv?action=cohort.created',
      cookie: organiserCookie,
      headers: { 'accept-language': 'fr' },
    });
    expect(response.body).toContain('"Quand (UTC)","Qui","Action"');
  });
});

describe('entries cannot be changed through the API', () => {
  it.each(['PUT', 'PATCH', 'DELETE'] as const)(
    'answers %s on an entry with 404 and keeps it',
    async (method) => {
      for (const cookie of [organiserCookie, memberCookie]) {
        const response = await t.request({
          method,
          url: `/api/audit/${hiddenEntryId}`,
          cookie,
          payload: { reason: 'rewritten' },
        });
        expect(response.statusCode).toBe(404);
      }
      const deleteAll = await t.request({ method, url: '/api/audit', cookie: organiserCookie });
      expect([404, 405]).toContain(deleteAll.statusCode);
      const [kept] = await t.database.db
        .select()
        .from(auditEntries)
        .where(eq(auditEntries.id, hiddenEntryId));
      expect(kept?.reason).toBe('=HYPERLINK("http://evil.example","click")');
    },
  );
});
