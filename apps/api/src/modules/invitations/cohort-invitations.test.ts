import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { invitations } from '@praxis/db/schema/invitations';
import { members } from '@praxis/db/schema/members';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { RETRY_DELAYS_SECONDS } from './invitations.jobs.ts';
import { queueInvitationEmails } from './invitations.service.ts';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let organiser: string;
let memberCookie: string;
let existing: Awaited<ReturnType<typeof createMember>>;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url });
  const organiserMember = await createMember(t.database.db, {
    role: 'organiser',
    name: 'Olga Organiser',
  });
  organiser = await t.signIn(organiserMember.email, TEST_PASSWORD);
  existing = await createMember(t.database.db, { email: 'selma@agency.ba', name: 'Selma Begić' });
  memberCookie = await t.signIn(existing.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const HOUR = 60 * 60 * 1000;
const linkIn = (text: string) => /\/invite\/([\w-]+)/.exec(text)?.[1] ?? '';

async function cohortInvitations(cohortId: string) {
  const response = await t.request({
    method: 'GET',
    url: `/api/invitations?cohort=${cohortId}&limit=100`,
    cookie: organiser,
  });
  return response.json().invitations as {
    id: string;
    email: string;
    status: string;
    emailStatus: string;
    emailError: string | null;
  }[];
}

async function countInvitations(cohortId: string) {
  const rows = await t.database.db
    .select({ id: invitations.id })
    .from(invitations)
    .where(eq(invitations.cohortId, cohortId));
  return rows.length;
}

describe('POST /api/cohorts/:id/invitations/check', () => {
  it('reports each row: valid, invalid with its reason, already a member — and sends nothing', async () => {
    const cohort = await createCohort(t.database.db, { memberIds: [] });
    const response = await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/invitations/check`,
      cookie: organiser,
      payload: {
        text: 'name,email,organisation\nAmra Hadžić,amra@agency.ba,City of Mostar\nJasmin,jasmin-at-agency\nSelma,SELMA@agency.ba\n',
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      valid: [
        { row: 2, email: 'amra@agency.ba', name: 'Amra Hadžić', organisation: 'City of Mostar' },
      ],
      invalid: [
        {
          row: 3,
          text: 'Jasmin,jasmin-at-agency',
          reason: '“jasmin-at-agency” is not a valid e-mail address.',
        },
      ],
      alreadyMembers: [
        {
          row: 4,
          email: 'selma@agency.ba',
          name: 'Selma Begić',
          inCohort: false,
          deactivated: false,
        },
      ],
    });
    expect(await countInvitations(cohort.id)).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('is refused to members with 403, and answers an unknown cohort with 404', async () => {
    const cohort = await createCohort(t.database.db);
    const byMember = await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/invitations/check`,
      cookie: memberCookie,
      payload: { text: 'a@agency.ba' },
    });
    expect(byMember.statusCode).toBe(403);
    expect(byMember.json().error.message).toBe(
      'Only organisers and admins can invite people to cohorts.',
    );
    const unknown = await t.request({
      method: 'POST',
      url: '/api/cohorts/00000000-0000-4000-8000-000000000000/invitations/check',
      cookie: organiser,
      payload: { text: 'a@agency.ba' },
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('POST /api/cohorts/:id/invitations', () => {
  it('queues a whole cohort of 70 in one request; every invitee gets one e-mail with their own link', async () => {
    const cohort = await createCohort(t.database.db, { name: 'PSI BiH 2026' });
    const invitees = Array.from({ length: 70 }, (_, index) => ({
      email: `alumnus${index}@agency.ba`,
      name: `Alumnus ${index}`,
      organisation: 'Canton Sarajevo',
    }));
    const before = smtp.received.length;
    const response = await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/invitations`,
      cookie: organiser,
      payload: { invitees: [...invitees, { email: existing.email }] },
    });
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json().queued).toBe(70);
    expect(response.json().skipped).toEqual([
      { email: existing.email, reason: expect.stringMatching(/Already a member/) },
    ]);

    const mails = (await smtp.waitFor(before + 70, 20_000)).slice(before);
    expect(new Set(mails.map((mail) => mail.to[0])).size).toBe(70);
    expect(new Set(mails.map((mail) => linkIn(mail.text))).size).toBe(70);
    expect(mails[0]?.raw).toContain(
      'Subject: Olga Organiser invites you to PSI BiH 2026 on Praxis',
    );
    await vi.waitFor(
      async () => {
        const listed = await cohortInvitations(cohort.id);
        expect(listed.filter((invitation) => invitation.emailStatus === 'sent')).toHaveLength(70);
      },
      { timeout: 5000 },
    );
  });

  it('makes the accepted account from the invitation: name and organisation pre-filled, in the cohort', async () => {
    const cohort = await createCohort(t.database.db, { name: 'La Transfo 2026' });
    const before = smtp.received.length;
    await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/invitations`,
      cookie: organiser,
      payload: {
        invitees: [
          { email: 'claire@region.fr', name: 'Claire Moreau', organisation: 'Région Bretagne' },
        ],
      },
    });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    const token = linkIn(mail?.text ?? '');

    const preview = await t.request({ method: 'GET', url: `/api/invitations/${token}` });
    expect(preview.json()).toMatchObject({
      name: 'Claire Moreau',
      cohortName: 'La Transfo 2026',
      existingAccount: false,
    });
    const accepted = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Claire Moreau', password: 'rennes by the sea 2026' },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const [row] = await t.database.db
      .select({ organisation: members.organisation, handle: members.handle })
      .from(members)
      .where(eq(members.email, 'claire@region.fr'));
    expect(row).toEqual({ organisation: 'Région Bretagne', handle: 'claire-moreau' });
    const membership = await t.database.db
      .select()
      .from(cohortMemberships)
      .where(eq(cohortMemberships.cohortId, cohort.id));
    expect(membership).toHaveLength(1);

    const reused = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Someone Else', password: 'another long passphrase' },
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.message).toMatch(/already been used/);
  });

  it('refuses a malformed invitee with 400 naming the row, and creates none of the list', async () => {
    const cohort = await createCohort(t.database.db);
    const response = await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/invitations`,
      cookie: organiser,
      payload: { invitees: [{ email: 'fine@agency.ba' }, { email: 'not an address' }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields['invitees.1.email']).toMatch(/valid e-mail/);
    expect(await countInvitations(cohort.id)).toBe(0);
  });
});

describe('an invitation to someone who already has an account', () => {
  it('joins the cohort when they accept it signed in as themselves, and no one else', async () => {
    const cohort = await createCohort(t.database.db, { name: 'Returning alumni' });
    // Invited before they had an account; they signed up through another invitation since.
    const [queued] = await t.database.db
      .insert(invitations)
      .values({
        email: 'late@agency.ba',
        cohortId: cohort.id,
        invitedById: existing.id,
        tokenHash: null,
        emailStatus: 'queued',
        expiresAt: new Date(Date.now() + 86_400_000),
      })
      .returning({ id: invitations.id });
    const before = smtp.received.length;
    await queueInvitationEmails(t.database.db, [queued?.id ?? '']);
    await t.app.jobs.kick();
    const token = linkIn((await smtp.waitFor(before + 1))[before]?.text ?? '');
    const late = await createMember(t.database.db, { email: 'late@agency.ba' });

    const preview = await t.request({ method: 'GET', url: `/api/invitations/${token}` });
    expect(preview.json().existingAccount).toBe(true);
    const byOther = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/join`,
      cookie: memberCookie,
    });
    expect(byOther.statusCode).toBe(403);
    expect(byOther.json().error.message).toMatch(/for late@agency.ba/);

    const lateCookie = await t.signIn(late.email, TEST_PASSWORD);
    const announced: { cohortId: string; memberIds: string[] }[] = [];
    const stopListening = t.app.realtime.on('cohort.members_changed', (event) => {
      announced.push(event);
    });
    const joined = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/join`,
      cookie: lateCookie,
    });
    expect(joined.statusCode).toBe(204);
    // Their open tabs hear that the cohort (and its chat room) is theirs now.
    await expect
      .poll(() => announced)
      .toContainEqual({ cohortId: cohort.id, memberIds: [late.id] });
    stopListening();
    const membership = await t.database.db
      .select()
      .from(cohortMemberships)
      .where(
        and(eq(cohortMemberships.cohortId, cohort.id), eq(cohortMemberships.memberId, late.id)),
      );
    expect(membership).toHaveLength(1);
  });
});

describe('resending and withdrawing', () => {
  it('resends with a new link (the old one stops working) and withdraws for good', async () => {
    const cohort = await createCohort(t.database.db);
    let before = smtp.received.length;
    await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/invitations`,
      cookie: organiser,
      payload: { invitees: [{ email: 'resend@agency.ba' }] },
    });
    const firstToken = linkIn((await smtp.waitFor(before + 1))[before]?.text ?? '');
    const [invitation] = await cohortInvitations(cohort.id);

    before = smtp.received.length;
    const resent = await t.request({
      method: 'POST',
      url: `/api/invitations/${invitation?.id}/resend`,
      cookie: organiser,
    });
    expect(resent.statusCode).toBe(200);
    const secondToken = linkIn((await smtp.waitFor(before + 1))[before]?.text ?? '');
    expect(secondToken).not.toBe(firstToken);
    await vi.waitFor(async () => {
      expect(
        (await t.request({ method: 'GET', url: `/api/invitations/${secondToken}` })).statusCode,
      ).toBe(200);
    });
    expect(
      (await t.request({ method: 'GET', url: `/api/invitations/${firstToken}` })).statusCode,
    ).toBe(404);

    const byMember = await t.request({
      method: 'POST',
      url: `/api/invitations/${invitation?.id}/revoke`,
      cookie: memberCookie,
    });
    expect(byMember.statusCode).toBe(403);
    const revoked = await t.request({
      method: 'POST',
      url: `/api/invitations/${invitation?.id}/revoke`,
      cookie: organiser,
    });
    expect(revoked.json().status).toBe('revoked');
    const preview = await t.request({ method: 'GET', url: `/api/invitations/${secondToken}` });
    expect(preview.statusCode).toBe(404);
    const again = await t.request({
      method: 'POST',
      url: `/api/invitations/${invitation?.id}/resend`,
      cookie: organiser,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('when the mail server refuses', () => {
  it('retries on a schedule, then shows the organiser the failure and its reason', async () => {
    // A mail server that is not there: the port was free a moment ago and nothing listens.
    const broken = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:9' });
    try {
      const organiserMember = await createMember(broken.database.db, { role: 'organiser' });
      const cookie = await broken.signIn(organiserMember.email, TEST_PASSWORD);
      const cohort = await createCohort(broken.database.db);
      await broken.request({
        method: 'POST',
        url: `/api/cohorts/${cohort.id}/invitations`,
        cookie,
        payload: { invitees: [{ email: 'unlucky@agency.ba' }] },
      });
      const row = async () => {
        const [found] = await broken.database.db
          .select()
          .from(invitations)
          .where(eq(invitations.cohortId, cohort.id));
        return found;
      };
      await vi.waitFor(async () => expect((await row())?.emailAttempts).toBe(1), { timeout: 5000 });
      await broken.app.jobs.idle();
      expect((await row())?.emailStatus).toBe('queued');

      // Each retry is run at a time past its delay (the longest is two hours).
      for (let attempt = 1; attempt <= RETRY_DELAYS_SECONDS.length; attempt += 1) {
        await broken.app.jobs.runDue({ now: new Date(Date.now() + attempt * 3 * HOUR) });
      }
      const listed = (
        await broken.request({
          method: 'GET',
          url: `/api/invitations?cohort=${cohort.id}`,
          cookie,
        })
      ).json().invitations;
      expect(listed).toEqual([
        expect.objectContaining({
          email: 'unlucky@agency.ba',
          emailStatus: 'failed',
          emailError: expect.stringMatching(/ECONNREFUSED|connect/i),
        }),
      ]);
      expect((await row())?.emailAttempts).toBe(RETRY_DELAYS_SECONDS.length + 1);
    } finally {
      await broken.close();
    }
  });
});
