import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInboundMailApp } from '../../testing/inbound-mail.ts';
import {
  AFTER_WINDOW,
  firstDigestDue,
  inSeconds,
  mailsTo,
  newThread,
  postReply,
  settle,
  signedInMember,
} from '../../testing/mail-inbox.ts';
import type { startSmtpSink } from '../../testing/smtp-sink.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { planDailySummaries } from './daily-summary.ts';
import { planWeeklyDigests } from './weekly-digest.service.ts';

const [ZONE, DAY_MS] = ['Europe/Paris', 24 * 3600 * 1000];
/** French puts a no-break space inside « » and before a colon or semicolon. */
const NBSP = '\u00a0';

let mail: Awaited<ReturnType<typeof startInboundMailApp>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;

const person = (overrides: Parameters<typeof signedInMember>[1] = {}) =>
  signedInMember(t, overrides);

beforeAll(async () => {
  mail = await startInboundMailApp();
  ({ smtp, t } = mail);
});
afterAll(async () => {
  await mail?.close();
});

async function post(cookie: string, payload: Record<string, unknown>) {
  const story = { context: 'Six agencies.', tried: 'A contract.', happened: 'Two joined.' };
  const body =
    payload.kind === 'question'
      ? { body: 'Any experience?' }
      : { story: { ...story, learned: 'Start small.' } };
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie,
    payload: { ...body, ...payload },
  });
  expect(response.statusCode, response.body).toBe(201);
}

describe('mail in the member’s language', () => {
  it('writes French notices to a French member, with the right plural in the subject', async () => {
    const author = await person({ profile: { locale: 'fr' } });
    const follower = await person({ name: 'Félix Suiveur', profile: { locale: 'fr' } });
    const other = await person({ name: 'Chloé Martin' });
    const thread = await newThread(t, author, 'Données ouvertes');
    await postReply(t, follower, thread.id, 'Je suis ce fil.');
    await postReply(t, other, thread.id, 'Nous avons publié les horaires de bus.');
    await settle(t.app, inSeconds(AFTER_WINDOW));

    const [instant, ...more] = await mailsTo(smtp, author.email);
    expect(more).toEqual([]);
    expect(instant?.subject).toBe(`2 nouvelles réponses dans «${NBSP}Données ouvertes${NBSP}»`);
    const text = instant?.text ?? '';
    expect(text).toContain('Chloé Martin a répondu');
    expect(text).toContain('Félix Suiveur a répondu');
    expect(text).toContain(
      `Répondez à cet e-mail pour répondre dans la discussion${NBSP}; écrivez au-dessus du texte cité.`,
    );
    expect(text).toContain('Ouvrir la discussion');
    expect(text).toContain(
      `Vous recevez cet e-mail parce que vous avez demandé à être prévenu sans attendre pour${NBSP}: réponses dans les discussions que vous avez lancées.`,
    );
    expect(text).toMatch(
      /\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4}/,
    );
    expect(text).not.toMatch(/replied|You get this e-mail/);
    expect(String(instant?.html)).toContain('lang="fr"');

    const tomorrow = DateTime.now().setZone(ZONE).plus({ days: 1 }).set({ hour: 8 }).toJSDate();
    await planDailySummaries(t.app.db, tomorrow, {
      publicOrigin: t.config.publicOrigin,
      mail: t.config.mail,
    });
    await settle(t.app, tomorrow);
    const [summary] = await mailsTo(smtp, follower.email);
    expect(summary?.subject).toBe(`Votre résumé du jour${NBSP}: 1 nouvelle notification`);
    expect(summary?.text).toContain(`Chloé Martin a répondu dans «${NBSP}Données ouvertes${NBSP}»`);
    expect(summary?.html).toContain('Réponses dans les autres discussions que vous suivez');
    expect(summary?.text).toContain('Ne plus recevoir le résumé du jour');
  });

  it('writes a Bosnian weekly digest with the one, few and other forms of its counts', async () => {
    const db = t.database.db;
    const reader = await person({
      name: 'Lejla Čitateljka',
      profile: { locale: 'bs', expertise: ['javne nabavke'] },
    });
    const author = await person({ name: 'Amra Autorka' });
    const cohort = await createCohort(db, { name: 'Generacija 2024', memberIds: [reader.id] });
    await db.update(cohortMemberships).set({ joinedAt: new Date(Date.now() - 30 * DAY_MS) });
    for (const name of ['Nina Nova', 'Nedim Novi', 'Nejra Nova']) {
      const mate = await createMember(db, { name });
      await db.insert(cohortMemberships).values({ cohortId: cohort.id, memberId: mate.id });
    }
    await post(author.cookie, { kind: 'failure', title: 'Zajednička nabavka koja nije uspjela' });
    for (const number of [1, 2, 3, 4, 5]) {
      await post(author.cookie, {
        kind: 'question',
        title: `Pitanje o nabavkama broj ${number}`,
        tags: ['javne nabavke'],
      });
    }

    const monday = firstDigestDue(ZONE);
    await planWeeklyDigests(db, monday, ZONE);
    await settle(t.app, monday);
    const digests = (await mailsTo(smtp, reader.email)).filter((each) =>
      each.subject?.startsWith('Vaša sedmica na Praxisu'),
    );
    expect(digests.map((each) => each.subject)).toEqual([
      'Vaša sedmica na Praxisu: 1 priča, 5 pitanja za vas i 3 nova člana',
    ]);
    const text = digests[0]?.text ?? '';
    const html = String(digests[0]?.html);
    expect(html).toContain('Nove priče');
    expect(text).toContain('Priča o neuspjehu – Amra Autorka');
    expect(html).toContain('Pitanja na koja biste mogli odgovoriti');
    expect(text).toContain('Pitanje postavlja Amra Autorka; oznake: javne nabavke');
    expect(html).toContain('Novi u vašim generacijama');
    expect(text).toContain('Generacija: Generacija 2024');
    expect(text).toContain('Isključite sedmični sažetak');
    expect(text).toMatch(/\(\S+, \d{1,2}\. \S+ – danas\)/);
    expect(text).not.toMatch(/Your week|New stories/);
  });

  it('writes account mails in the member’s language, else the network’s, and invitations in the network’s', async () => {
    await t.app.locales.setNetworkDefault('hr');
    try {
      const french = await createMember(t.database.db, { profile: { locale: 'fr' } });
      const unchosen = await createMember(t.database.db);
      for (const { email } of [french, unchosen]) {
        const asked = await t.request({
          method: 'POST',
          url: '/api/auth/password-reset',
          payload: { email },
        });
        expect(asked.statusCode, asked.body).toBe(202);
      }
      await settle(t.app, inSeconds(5));
      expect((await mailsTo(smtp, french.email)).map((each) => each.subject)).toEqual([
        'Réinitialisez votre mot de passe Praxis',
      ]);
      const [croatian] = await mailsTo(smtp, unchosen.email);
      expect(croatian?.subject).toBe('Postavite novu lozinku za Praxis');
      expect(croatian?.text).toContain(
        'Ovu e-poruku primate jer se odnosi na vaš račun na Praxisu.',
      );

      const organiser = await createMember(t.database.db, {
        role: 'organiser',
        name: 'Olga Organizatorica',
        profile: { locale: 'fr' },
      });
      const invited = await t.request({
        method: 'POST',
        url: '/api/invitations',
        cookie: await t.signIn(organiser.email, TEST_PASSWORD),
        payload: { email: 'nova.osoba@agencija.example' },
      });
      expect(invited.statusCode, invited.body).toBe(201);
      const [invitation] = await mailsTo(smtp, 'nova.osoba@agencija.example');
      expect(invitation?.subject).toBe('Olga Organizatorica vas poziva na Praxis');
      expect(invitation?.text).toContain('Otvorite račun');
    } finally {
      await t.app.locales.setNetworkDefault('en');
    }
  });
});
