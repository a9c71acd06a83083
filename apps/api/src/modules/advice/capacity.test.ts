import type { AdviserSettings, Advisers } from '@praxis/contracts/advice';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { adviceRequests } from '@praxis/db/schema/advice';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { dayOf, nextMonthStart } from './availability.service.ts';

let t: TestApp;
type Person = { id: string; cookie: string; name: string };

async function person(
  handle: string,
  profile: NonNullable<Parameters<typeof createMember>[1]>['profile'] = {},
) {
  const member = await createMember(t.database.db, {
    handle,
    name: `${handle[0]?.toUpperCase()}${handle.slice(1)} Example`,
    profile,
  });
  return {
    id: member.id,
    name: member.name,
    cookie: await t.signIn(member.email, TEST_PASSWORD),
  } satisfies Person;
}

const adviserProfile = { openToAdvise: true, expertise: ['procurement'] };

async function question(asker: Person, title: string) {
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: asker.cookie,
    payload: { kind: 'question', title, body: 'Who did this before?', tags: ['procurement'] },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

const askFor = (asker: Person, threadId: string, adviser: Person) =>
  t.request({
    method: 'POST',
    url: `/api/threads/${threadId}/advice-requests`,
    cookie: asker.cookie,
    payload: { memberIds: [adviser.id] },
  });

const setLimits = (who: Person, payload: object) =>
  t.request({ method: 'PUT', url: '/api/advice/settings', cookie: who.cookie, payload });

async function advisersOf(asker: Person, threadId: string) {
  const response = await t.request({
    method: 'GET',
    url: `/api/threads/${threadId}/advisers`,
    cookie: asker.cookie,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Advisers;
}

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('PUT /api/advice/settings', () => {
  it('saves a capacity and a pause, and tells the adviser where they stand', async () => {
    const ada = await person('ada', adviserProfile);
    const until = dayOf(new Date(Date.now() + 10 * DAY));
    const response = await setLimits(ada, { monthlyCapacity: 4, awayUntil: until });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      monthlyCapacity: 4,
      awayUntil: until,
      takenThisMonth: 0,
      helpedCount: 0,
      unavailable: { kind: 'away', until },
    } satisfies AdviserSettings);
    const read = await t.request({
      method: 'GET',
      url: '/api/advice/settings',
      cookie: ada.cookie,
    });
    expect(read.json()).toEqual(response.json());
  });

  it('returns 400 with a message for a past day, a far day, and a capacity out of 0 to 50', async () => {
    const bo = await person('bo', adviserProfile);
    const cases: [object, string][] = [
      [
        { monthlyCapacity: null, awayUntil: dayOf(new Date(Date.now() - 2 * DAY)) },
        'Choose today or a later day to be away until.',
      ],
      [
        { monthlyCapacity: null, awayUntil: dayOf(new Date(Date.now() + 400 * DAY)) },
        'A pause lasts at most a year. Choose an earlier day.',
      ],
      [
        { monthlyCapacity: -1, awayUntil: null },
        'Requests a month must be a whole number from 0 to 50, or empty for no limit.',
      ],
      [
        { monthlyCapacity: 51, awayUntil: null },
        'Requests a month must be a whole number from 0 to 50, or empty for no limit.',
      ],
      [
        { monthlyCapacity: 2, awayUntil: 'next week' },
        'Give the day as YYYY-MM-DD, or leave it empty.',
      ],
    ];
    for (const [payload, message] of cases) {
      const response = await setLimits(bo, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(JSON.stringify(response.json().error), JSON.stringify(payload)).toContain(message);
    }
    const read = await t.request({ method: 'GET', url: '/api/advice/settings', cookie: bo.cookie });
    expect(read.json()).toMatchObject({ monthlyCapacity: null, awayUntil: null });
  });
});

describe('matching and asking an adviser who is full or away', () => {
  it('lists a full adviser as unavailable until next month, and refuses a request for them with 409', async () => {
    const asker = await person('asker1');
    const cleo = await person('cleo', { ...adviserProfile, headline: 'Buyer' });
    expect((await setLimits(cleo, { monthlyCapacity: 1, awayUntil: null })).statusCode).toBe(200);
    const first = await question(asker, 'Procurement of a pilot, first');
    expect((await askFor(asker, first.id, cleo)).statusCode).toBe(200);

    const second = await question(asker, 'Procurement of a pilot, second');
    const advisers = await advisersOf(asker, second.id);
    expect(advisers.suggested.map((s) => s.member.handle)).not.toContain('cleo');
    const freeFrom = nextMonthStart(new Date());
    expect(advisers.unavailable.find((u) => u.member.handle === 'cleo')).toEqual({
      member: expect.objectContaining({ handle: 'cleo', headline: 'Buyer' }),
      unavailable: { kind: 'full', freeFrom },
    });

    const refused = await askFor(asker, second.id, cleo);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      `Cleo Example has taken on as many requests as they accept this month. Ask someone else, or ask them again from ${freeFrom}.`,
    );
    expect((await advisersOf(asker, second.id)).asked).toEqual([]);
  });

  it('frees a place when a request is declined', async () => {
    const asker = await person('asker2');
    const dora = await person('dora', adviserProfile);
    await setLimits(dora, { monthlyCapacity: 1, awayUntil: null });
    const first = await question(asker, 'Procurement question to decline');
    await askFor(asker, first.id, dora);
    const declined = await t.request({
      method: 'POST',
      url: `/api/threads/${first.id}/advice-requests/${dora.id}/state`,
      cookie: dora.cookie,
      payload: { state: 'declined' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const second = await question(asker, 'Procurement question after the decline');
    expect((await askFor(asker, second.id, dora)).statusCode).toBe(200);
  });

  it('lists an adviser who is away with the day they come back, and refuses a request for them', async () => {
    const asker = await person('asker3');
    const eli = await person('eli', adviserProfile);
    const until = dayOf(new Date(Date.now() + 5 * DAY));
    await setLimits(eli, { monthlyCapacity: null, awayUntil: until });
    const thread = await question(asker, 'Procurement while someone is away');
    const advisers = await advisersOf(asker, thread.id);
    expect(advisers.unavailable).toContainEqual(
      expect.objectContaining({
        member: expect.objectContaining({ handle: 'eli' }),
        unavailable: { kind: 'away', until },
      }),
    );
    const refused = await askFor(asker, thread.id, eli);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      `Eli Example is away until ${until} and takes no requests until then. Ask someone else.`,
    );
    await setLimits(eli, { monthlyCapacity: null, awayUntil: null });
    expect((await askFor(asker, thread.id, eli)).statusCode).toBe(200);
  });

  it('gives the last place to exactly one of two asks racing for it', async () => {
    const fia = await person('fia', adviserProfile);
    await setLimits(fia, { monthlyCapacity: 1, awayUntil: null });
    const [one, two] = [await person('racer1'), await person('racer2')];
    const [q1, q2] = [
      await question(one, 'Race for procurement, one'),
      await question(two, 'Race for procurement, two'),
    ];
    const responses = await Promise.all([askFor(one, q1.id, fia), askFor(two, q2.id, fia)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const rows = await t.database.db
      .select()
      .from(adviceRequests)
      .where(eq(adviceRequests.memberId, fia.id));
    expect(rows).toHaveLength(1);
  });
});
