import { members } from '@praxis/db/schema/members';
import { showcaseItems } from '@praxis/db/schema/showcase';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile } from '../../testing/lessons-network.ts';
import {
  announceShowcaseChange,
  mainText,
  storePilot,
  storeShowcaseItem,
} from '../../testing/showcase-public.ts';

// What a visitor without an account reads of an item: exactly what its people consented to,
// only while the item and its lesson or pilot may be public, and never a cached copy of
// something that may no longer be.

const { t, n } = lessonsNetworkPerFile();
let addresses = 0;

beforeAll(async () => {
  const organisations: [string, string][] = [
    [n.people.ann.id, 'City of Tuzla'],
    [n.people.bea.id, 'Ministry of Finance'],
    [n.people.nia.id, 'Secret Agency'],
    [n.people.out.id, ''],
  ];
  for (const [id, organisation] of organisations) {
    await t.database.db.update(members).set({ organisation }).where(eq(members.id, id));
  }
});

/** A visitor's request, each from an address of its own so that no test meets the limit. */
function visit(url: string, headers: Record<string, string> = {}) {
  addresses += 1;
  return t.app.inject({
    method: 'GET',
    url,
    headers,
    remoteAddress: `10.40.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`,
  });
}

/**
 * The item's page once it may no longer be public: 404, or 410 where the showcase has meanwhile
 * withdrawn it for that reason; either way without its title.
 */
async function expectGone(url: string, title: string) {
  const page = await visit(url);
  expect([404, 410]).toContain(page.statusCode);
  expect(page.body).not.toContain(title);
}

/** A published lesson drawn from a new network-wide story by ann. */
async function publishedLesson(title: string) {
  const storyId = await n.story(n.cookies.ann, title);
  const lesson = await n.published(
    n.cookies.org,
    { threadId: storyId },
    { [n.people.ann.id]: n.cookies.ann },
  );
  return { storyId, lessonId: lesson.id };
}

describe('GET /showcase/:locale/lessons/:slug', () => {
  it('credits each person exactly as they consented: by name, by current organisation, or not at all', async () => {
    const { lessonId } = await publishedLesson('Participatory budgeting in Tuzla');
    const item = await storeShowcaseItem(t, {
      lessonId,
      title: 'Participatory budgeting in Tuzla',
      credits: [
        { memberId: n.people.ann.id, answer: 'name' },
        { memberId: n.people.bea.id, answer: 'organisation', role: 'source' },
        { memberId: n.people.nia.id, answer: 'hidden', role: 'source' },
        { memberId: n.people.out.id, answer: 'organisation', role: 'source' },
      ],
    });
    const page = await visit(`/showcase/en/lessons/${item.slug}`);
    expect(page.statusCode).toBe(200);
    const credits = [...page.body.matchAll(/<li class="(person|organisation)">([^<]*)<\/li>/g)];
    expect(credits.map((match) => [match[1], match[2]])).toEqual([
      ['person', 'Ann Author'],
      ['organisation', 'Ministry of Finance'],
    ]);
    for (const hidden of [
      'Bea Answerer',
      'City of Tuzla',
      'Nia Network',
      'Secret Agency',
      'Out Sider',
    ]) {
      expect(page.body).not.toContain(hidden);
    }
  });

  it('names the network as the author when nobody consented to be shown', async () => {
    const { lessonId } = await publishedLesson('Open data desk');
    const item = await storeShowcaseItem(t, {
      lessonId,
      title: 'Open data desk',
      credits: [{ memberId: n.people.ann.id, answer: 'hidden' }],
    });
    const page = await visit(`/showcase/en/lessons/${item.slug}`);
    expect(mainText(page)).toContain('Shared by The members of Praxis');
    expect(page.body).not.toContain('Ann Author');
  });

  it('answers 404 for an unknown slug, and for a pilot asked for as a lesson', async () => {
    const pilotId = await storePilot(t.database.db, 'Citizen panel');
    const pilot = await storeShowcaseItem(t, { pilotId, title: 'Citizen panel' });
    const unknown = await visit('/showcase/en/lessons/no-such-lesson-a1b2c3');
    const wrongKind = await visit(`/showcase/en/lessons/${pilot.slug}`);
    const right = await visit(`/showcase/en/pilots/${pilot.slug}`);
    expect([unknown.statusCode, wrongKind.statusCode, right.statusCode]).toEqual([404, 404, 200]);
    expect(mainText(unknown)).toContain(
      'Page not found There is no public page at this address. It may never have been published.',
    );
    expect(unknown.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('answers 410 with a page saying so once the item was withdrawn, even after it was cached', async () => {
    const { lessonId } = await publishedLesson('Mobile registry office');
    const item = await storeShowcaseItem(t, { lessonId, title: 'Mobile registry office' });
    expect((await visit(`/showcase/fr/lessons/${item.slug}`)).statusCode).toBe(200);
    await t.database.db
      .update(showcaseItems)
      .set({ status: 'withdrawn', withdrawal: 'consent_withdrawn', withdrawnAt: new Date() })
      .where(eq(showcaseItems.slug, item.slug));
    const gone = await visit(`/showcase/fr/lessons/${item.slug}`);
    expect(gone.statusCode).toBe(410);
    expect(mainText(gone)).toContain('Cette publication a été retirée');
    expect(gone.body).not.toContain('Mobile registry office');
  });

  it('answers 404 while the item still awaits consent', async () => {
    const { lessonId } = await publishedLesson('Queue-free clinic');
    const item = await storeShowcaseItem(t, {
      lessonId,
      title: 'Queue-free clinic',
      status: 'awaiting_consent',
      credits: [{ memberId: n.people.ann.id, answer: 'pending' }],
    });
    expect((await visit(`/showcase/en/lessons/${item.slug}`)).statusCode).toBe(404);
    expect(mainText(await visit('/showcase/en'))).not.toContain('Queue-free clinic');
  });

  it('drops a lesson at once, cached or not, when it is narrowed to a cohort', async () => {
    const { lessonId } = await publishedLesson('Shared service centre');
    const item = await storeShowcaseItem(t, { lessonId, title: 'Shared service centre' });
    expect((await visit(`/showcase/en/lessons/${item.slug}`)).statusCode).toBe(200);
    expect(mainText(await visit('/showcase/en'))).toContain('Shared service centre');
    await n.ok(n.cookies.org, 'PATCH', `/api/lessons/${lessonId}`, {
      audienceCohortIds: [n.cohortA.id],
    });
    await expectGone(`/showcase/en/lessons/${item.slug}`, 'Shared service centre');
    expect(mainText(await visit('/showcase/en'))).not.toContain('Shared service centre');
  });

  it('drops a lesson at once, cached or not, when its source goes off the record', async () => {
    const { storyId, lessonId } = await publishedLesson('Night bus pilot');
    const item = await storeShowcaseItem(t, { lessonId, title: 'Night bus pilot' });
    expect((await visit(`/showcase/en/lessons/${item.slug}`)).statusCode).toBe(200);
    await n.ok(n.cookies.ann, 'PATCH', `/api/threads/${storyId}`, { offRecord: true });
    await expectGone(`/showcase/en/lessons/${item.slug}`, 'Night bus pilot');
    expect((await visit('/showcase/feed.atom')).body).not.toContain('Night bus pilot');
  });

  it('drops a pilot at once when it is kept to its cohort', async () => {
    const pilotId = await storePilot(t.database.db, 'Digital permits', n.cohortA.programmeId);
    const item = await storeShowcaseItem(t, { pilotId, title: 'Digital permits' });
    expect((await visit(`/showcase/en/pilots/${item.slug}`)).statusCode).toBe(200);
    await n.ok(n.cookies.org, 'PATCH', `/api/pilots/${pilotId}`, {
      visibility: 'cohort',
      cohortId: n.cohortA.id,
    });
    await expectGone(`/showcase/en/pilots/${item.slug}`, 'Digital permits');
  });

  it('shows a new name at once when the showcase announces a change on the bus', async () => {
    const { lessonId } = await publishedLesson('Ticket triage');
    const item = await storeShowcaseItem(t, {
      lessonId,
      title: 'Ticket triage',
      credits: [{ memberId: n.people.ann.id, answer: 'name' }],
    });
    expect((await visit(`/showcase/en/lessons/${item.slug}`)).body).toContain('Ann Author');
    await t.database.db
      .update(members)
      .set({ name: 'Ann Renamed' })
      .where(eq(members.id, n.people.ann.id));
    expect((await visit(`/showcase/en/lessons/${item.slug}`)).body).toContain('Ann Author');
    await announceShowcaseChange(t, item.id);
    expect((await visit(`/showcase/en/lessons/${item.slug}`)).body).toContain('Ann Renamed');
    await t.database.db
      .update(members)
      .set({ name: 'Ann Author' })
      .where(eq(members.id, n.people.ann.id));
  });

  it('shows the lesson in its own language, cleaned of mentions and links into the closed app', async () => {
    const { lessonId } = await publishedLesson('Budget kiosks');
    const item = await storeShowcaseItem(t, {
      lessonId,
      title: 'Kiosques budgétaires',
      language: 'fr',
      stage: 'scaled',
      programmeName: 'La Transfo 2023',
      tags: ['budgeting', 'civic-tech'],
      sections: {
        problem:
          '<p>Ask <a href="/members/ann-author" class="mention">@ann-author</a> or see <a href="http://praxis.test/threads/4b1c">http://praxis.test/threads/4b1c</a> and <a href="/lessons/9f">our notes</a>.</p>',
        evidence:
          '<p>Turnout doubled, see <a href="https://example.org/report" rel="nofollow noopener ugc" target="_blank">the report</a>.</p>',
      },
    });
    const page = await visit(`/showcase/en/lessons/${item.slug}`);
    expect(page.body).toContain('<h1 lang="fr">Kiosques budgétaires</h1>');
    expect(page.body).toContain(
      '<div class="prose" lang="fr"><p>Ask a member or see a page for members and our notes.</p></div>',
    );
    expect(page.body).toContain(
      '<a href="https://example.org/report" rel="nofollow noopener ugc">the report</a>',
    );
    expect(page.body).not.toMatch(/ann-author|\/threads\/|\/lessons\/9f|\/members\//);
    expect(mainText(page)).toContain(
      'Programme La Transfo 2023 Stage Scaled Language Français Topics budgeting civic-tech',
    );
  });

  it('hides addresses of the closed app under the other scheme, and written as text, on the page and in the feed', async () => {
    const { lessonId } = await publishedLesson('Scheme swaps');
    const item = await storeShowcaseItem(t, {
      lessonId,
      title: 'Scheme swaps',
      sections: {
        problem:
          '<p>See <a href="https://praxis.test/api/members/0c3790cb">https://praxis.test/api/members/0c3790cb</a>, <code>http://praxis.test/threads/77</code> and <a href="https://praxis.test/showcase/en">the showcase</a>.</p>',
      },
    });
    const page = await visit(`/showcase/en/lessons/${item.slug}`);
    expect(page.body).toContain(
      '<p>See a page for members, <code>a page for members</code> and <a href="https://praxis.test/showcase/en" rel="nofollow noopener ugc">the showcase</a>.</p>',
    );
    const feed = await visit('/showcase/feed.atom');
    expect(feed.body).toContain('Scheme swaps');
    expect(`${page.body}${feed.body}`).not.toMatch(/0c3790cb|\/threads\/77/);
  });
});
