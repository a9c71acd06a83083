import type {
  CheckInCandidates,
  CheckInLink,
  CheckInRoster,
  VenueCheckIn,
} from '@praxis/contracts/meetup-check-ins';
import type { MemberActivity } from '@praxis/contracts/member-activity';
import { auditEntries } from '@praxis/db/schema/audit';
import { meetups as meetupsTable } from '@praxis/db/schema/meetups';
import { rsvp as answer, createMeetup, createMeetupSeries } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import encodeQR from 'qr';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetupsTestApp, type Person } from '../../testing/meetups-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { attendedCount, attendedMeetupCount } from './check-in.service.ts';

const meetups = meetupsTestApp();
const { person } = meetups;
let t: TestApp;
let organiser: Person;
let amra: Person;
let bruno: Person;
let outsider: Person;
let cohortId: string;
beforeAll(() => {
  ({ t, organiser, amra, bruno, outsider, cohortId } = meetups.people);
});

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

/** A meetup of amra's and bruno's cohort, starting `startIn` minutes from now, for three hours. */
async function meetupStarting(startIn: number, overrides: { status?: 'cancelled' } = {}) {
  const series = await createMeetupSeries(t.database.db, { cohortIds: [cohortId] });
  return createMeetup(t.database.db, {
    seriesId: series.id,
    title: 'Venue exchange',
    startsAt: minutes(startIn),
    endsAt: minutes(startIn + 180),
    ...overrides,
  });
}

const call = (who: Person | null, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string) =>
  t.request({ method, url, ...(who ? { cookie: who.cookie } : {}) });

async function linkOf(meetupId: string) {
  const response = await call(organiser, 'GET', `/api/meetups/${meetupId}/check-in-link`);
  expect(response.statusCode, response.body).toBe(200);
  const link = response.json() as CheckInLink;
  return { ...link, path: new URL(link.url).pathname.replace('/check-in/', '/api/check-in/') };
}

const rosterOf = async (meetupId: string) =>
  (await call(organiser, 'GET', `/api/meetups/${meetupId}/check-ins`)).json() as CheckInRoster;

const auditOf = (meetupId: string) =>
  t.database.db
    .select({ action: auditEntries.action, details: auditEntries.details })
    .from(auditEntries)
    .where(eq(auditEntries.targetId, meetupId));

describe('checking in with the venue link', () => {
  it('checks an invited member in while the meetup runs, and a second time says so', async () => {
    const meetup = await meetupStarting(-10);
    const { path, window } = await linkOf(meetup.id);
    expect(window).toEqual({
      opensAt: new Date((meetup.startsAt?.getTime() ?? 0) - 30 * 60_000).toISOString(),
      closesAt: meetup.endsAt?.toISOString(),
    });
    const seen = (await call(amra, 'GET', path)).json() as VenueCheckIn;
    expect(seen).toMatchObject({ state: 'open', checkedInAt: null, already: false });
    expect(seen.meetup.title).toBe('Venue exchange');

    const first = await call(amra, 'POST', path);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ state: 'open', already: false });
    const checkedInAt = (first.json() as VenueCheckIn).checkedInAt;
    expect(checkedInAt).not.toBeNull();
    const second = (await call(amra, 'POST', path)).json() as VenueCheckIn;
    expect(second).toMatchObject({ already: true, checkedInAt });
    expect((await call(amra, 'GET', path)).json()).toMatchObject({ already: true, checkedInAt });

    const roster = await rosterOf(meetup.id);
    expect(roster.checkedInCount).toBe(1);
    expect(roster.people).toEqual([
      expect.objectContaining({
        member: expect.objectContaining({ handle: 'amra' }),
        rsvp: null,
        checkedInAt,
        markedBy: null,
      }),
    ]);
  });

  it('lets a member check in from 30 minutes before the start until the end, not outside', async () => {
    const early = await meetupStarting(31);
    const tooEarly = await call(amra, 'POST', (await linkOf(early.id)).path);
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error.message).toBe(
      'Check-in is not open yet: it opens 30 minutes before the meetup starts.',
    );
    expect((await call(amra, 'GET', (await linkOf(early.id)).path)).json().state).toBe('not_yet');

    const soon = await meetupStarting(29);
    expect((await call(amra, 'POST', (await linkOf(soon.id)).path)).statusCode).toBe(200);

    const over = await meetupStarting(-181);
    const late = await call(amra, 'POST', (await linkOf(over.id)).path);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe(
      'Check-in has closed: the meetup is over. If you were there, ask an organiser to mark you.',
    );

    const cancelled = await meetupStarting(-10, { status: 'cancelled' });
    const refused = await call(amra, 'POST', (await linkOf(cancelled.id)).path);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('This meetup is cancelled.');
    expect(await rosterOf(over.id)).toMatchObject({ checkedInCount: 0, people: [] });
  });

  it('answers a wrong or replaced link with 404, an outsider with 403, and nobody signed in with 401', async () => {
    const meetup = await meetupStarting(-10);
    const old = await linkOf(meetup.id);
    expect((await call(outsider, 'POST', old.path)).statusCode).toBe(403);
    expect((await call(outsider, 'GET', old.path)).json().error.message).toBe(
      'You are not invited to this meetup, so you cannot check in to it.',
    );
    expect((await call(null, 'POST', old.path)).statusCode).toBe(401);
    const wrong = await call(amra, 'POST', '/api/check-in/not-a-real-token');
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.message).toMatch(/^This check-in link does not work/);

    const replaced = await call(organiser, 'POST', `/api/meetups/${meetup.id}/check-in-link`);
    expect(replaced.statusCode).toBe(200);
    const fresh = replaced.json() as CheckInLink;
    expect(fresh.url).not.toBe(old.url);
    expect((await call(amra, 'POST', old.path)).statusCode).toBe(404);
    expect((await linkOf(meetup.id)).url).toBe(fresh.url);
    expect((await auditOf(meetup.id)).map((entry) => entry.action)).toEqual([
      'meetup.check_in_link_replaced',
    ]);
    expect(await rosterOf(meetup.id)).toMatchObject({ checkedInCount: 0 });
  });

  it('draws the link as a QR code for the organisers only', async () => {
    const meetup = await meetupStarting(60);
    const { url } = await linkOf(meetup.id);
    const qr = await call(organiser, 'GET', `/api/meetups/${meetup.id}/check-in-link.svg`);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(qr.body).toBe(encodeQR(url, 'svg', { ecc: 'medium', border: 4 }));
    for (const path of ['check-in-link.svg', 'check-in-link', 'check-ins']) {
      expect((await call(amra, 'GET', `/api/meetups/${meetup.id}/${path}`)).statusCode).toBe(403);
    }
    expect((await call(outsider, 'GET', `/api/meetups/${meetup.id}/check-ins`)).statusCode).toBe(
      404,
    );
  });
});

describe('marking attendance', () => {
  it('starts from the answers, marks and unmarks invitees, and keeps an audit entry of each', async () => {
    const meetup = await meetupStarting(-60);
    await answer(t.database.db, meetup.id, amra.id, 'going');
    await answer(t.database.db, meetup.id, bruno.id, 'not_going');
    const before = await rosterOf(meetup.id);
    expect(before.canMark).toBe(true);
    expect(before.people.map((entry) => [entry.member.handle, entry.rsvp])).toEqual([
      ['amra', 'going'],
    ]);

    // Bruno said he would not come, and came.
    const found = (
      await call(organiser, 'GET', `/api/meetups/${meetup.id}/check-in-candidates?q=brun`)
    ).json() as CheckInCandidates;
    expect(found.members.map((member) => member.handle)).toEqual(['bruno']);
    const marked = await call(organiser, 'PUT', `/api/meetups/${meetup.id}/check-ins/${bruno.id}`);
    expect(marked.statusCode, marked.body).toBe(200);
    const roster = marked.json() as CheckInRoster;
    expect(roster.checkedInCount).toBe(1);
    expect(roster.people.find((entry) => entry.member.id === bruno.id)).toMatchObject({
      rsvp: 'not_going',
      markedBy: expect.objectContaining({ handle: 'orla' }),
    });
    const twice = await call(organiser, 'PUT', `/api/meetups/${meetup.id}/check-ins/${bruno.id}`);
    expect((twice.json() as CheckInRoster).checkedInCount).toBe(1);
    const candidates = await call(
      organiser,
      'GET',
      `/api/meetups/${meetup.id}/check-in-candidates?q=brun`,
    );
    expect(candidates.json()).toEqual({ members: [] });

    const unmarked = await call(
      organiser,
      'DELETE',
      `/api/meetups/${meetup.id}/check-ins/${bruno.id}`,
    );
    expect((unmarked.json() as CheckInRoster).checkedInCount).toBe(0);
    expect(await auditOf(meetup.id)).toEqual([
      {
        action: 'meetup.attendance_marked',
        details: { memberId: bruno.id },
      },
      {
        action: 'meetup.attendance_unmarked',
        details: { memberId: bruno.id },
      },
    ]);
  });

  it('refuses a member who marks others, an uninvited member, and marking before the window', async () => {
    const meetup = await meetupStarting(-60);
    const byMember = await call(amra, 'PUT', `/api/meetups/${meetup.id}/check-ins/${bruno.id}`);
    expect(byMember.statusCode).toBe(403);
    expect(byMember.json().error.message).toBe('Only the organisers of this series can do this.');
    expect(
      (await call(amra, 'DELETE', `/api/meetups/${meetup.id}/check-ins/${amra.id}`)).statusCode,
    ).toBe(403);
    const stranger = await call(
      organiser,
      'PUT',
      `/api/meetups/${meetup.id}/check-ins/${outsider.id}`,
    );
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.message).toBe(
      'Only members invited to this meetup can be marked as present.',
    );
    const badId = await call(organiser, 'PUT', `/api/meetups/${meetup.id}/check-ins/nobody`);
    expect(badId.statusCode).toBe(400);

    const later = await meetupStarting(120);
    const tooSoon = await call(organiser, 'PUT', `/api/meetups/${later.id}/check-ins/${amra.id}`);
    expect(tooSoon.statusCode).toBe(409);
    expect((await rosterOf(later.id)).canMark).toBe(false);
    expect(await rosterOf(meetup.id)).toMatchObject({ checkedInCount: 0 });
    expect(await auditOf(meetup.id)).toEqual([]);
  });
});

describe('attendance where it counts', () => {
  it('counts check-ins per meetup and per member, and the profile counts what was taken', async () => {
    const regular = await person({ handle: `regular-${Date.now()}` });
    const series = await createMeetupSeries(t.database.db);
    const past = (hoursAgo: number) =>
      createMeetup(t.database.db, {
        seriesId: series.id,
        startsAt: minutes(-hoursAgo * 60),
        endsAt: minutes(-hoursAgo * 60 + 120),
      });
    // Checked in through the link while it ran; marked by an organiser though they never
    // answered; going where nobody checked in (the answer stands); going where attendance was
    // taken without them (not counted).
    const linked = await createMeetup(t.database.db, {
      seriesId: series.id,
      startsAt: minutes(-60),
      endsAt: minutes(60),
    });
    const venue = (await linkOf(linked.id)).path;
    expect((await call(regular, 'POST', venue)).statusCode).toBe(200);
    await t.database.db
      .update(meetupsTable)
      .set({ endsAt: minutes(-1) })
      .where(eq(meetupsTable.id, linked.id));
    expect((await call(regular, 'POST', venue)).json()).toMatchObject({ already: true });
    const [marked, untaken, missed] = [await past(30), await past(60), await past(90)];
    await call(organiser, 'PUT', `/api/meetups/${marked.id}/check-ins/${regular.id}`);
    await answer(t.database.db, untaken.id, regular.id, 'going');
    await answer(t.database.db, missed.id, regular.id, 'going');
    await call(organiser, 'PUT', `/api/meetups/${missed.id}/check-ins/${amra.id}`);

    const perMeetup = await attendedCount(t.database.db, [
      linked.id,
      marked.id,
      untaken.id,
      missed.id,
    ]);
    expect(Object.fromEntries(perMeetup)).toEqual({
      [linked.id]: 1,
      [marked.id]: 1,
      [missed.id]: 1,
    });
    expect((await attendedMeetupCount(t.database.db, [regular.id])).get(regular.id)).toBe(2);

    const handle = (await call(regular, 'GET', '/api/profile')).json().handle as string;
    const activity = (
      await call(bruno, 'GET', `/api/members/${handle}/activity`)
    ).json() as MemberActivity;
    expect(activity.meetupsAttended.count).toBe(3);
    expect(activity.meetupsAttended.items.map((m) => m.id)).toEqual([
      linked.id,
      marked.id,
      untaken.id,
    ]);
  });
});
