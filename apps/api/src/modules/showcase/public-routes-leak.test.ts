import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { locales } from '@praxis/i18n/locales';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLessonsNetwork } from '../../testing/lessons-network.ts';
import { storePilot, storeShowcaseItem } from '../../testing/showcase-public.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// Everything the server answers to someone who has not signed in, swept: every GET route it has
// registered (a new one is swept without anyone adding it here), with real slugs and languages,
// asked without a cookie. None may carry a member's id, e-mail or handle, closed content, or
// (on the showcase's own answers) any id at all or a link into the closed app.

let t: TestApp;
let webDist: string;
const forbidden = new Map<string, string>();
const slugs: string[] = [];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CLOSED_LINK =
  /\/(threads|members|meetups|cohorts|rooms|chat|settings|invitations|login|join)\b|\/(lessons|pilots)\/[0-9a-f-]{36}/;

beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'praxis-web-'));
  writeFileSync(
    join(webDist, 'index.html'),
    '<!doctype html><html lang="en"><head></head><body></body></html>',
  );
  t = await createTestApp({ WEB_DIST: webDist });
  const n = await buildLessonsNetwork(t);
  const hana = await createMember(t.database.db, {
    name: 'Hidden Hana',
    profile: { organisation: 'Hidden Bureau' },
  });
  const hanaCookie = await t.signIn(hana.email, TEST_PASSWORD);
  for (const member of [...Object.values(n.people), hana]) {
    forbidden.set(member.id, `the id of ${member.name}`);
    forbidden.set(member.email, `the e-mail of ${member.name}`);
    forbidden.set(member.handle, `the handle of ${member.name}`);
  }
  forbidden.set('Hidden Hana', 'the name of someone who chose not to be shown');
  forbidden.set('Hidden Bureau', 'the organisation of someone who chose not to be shown');

  const cohortOnly = await n.story(n.cookies.ann, 'SECRETCOHORT plan', n.cohortA.id);
  const offRecord = await n.story(n.cookies.ann, 'SECRETOFFREC plan');
  await n.ok(n.cookies.ann, 'PATCH', `/api/threads/${offRecord}`, { offRecord: true });
  const draft = await n.lesson(n.cookies.ann, { threadId: cohortOnly });
  await n.ok(n.cookies.ann, 'PATCH', `/api/lessons/${draft.id}`, { title: 'SECRETDRAFT lesson' });
  for (const [id, what] of [
    [cohortOnly, 'cohort-only thread'],
    [offRecord, 'off-record thread'],
    [draft.id, 'draft lesson'],
  ]) {
    forbidden.set(id ?? '', `the id of a ${what}`);
  }
  for (const word of [
    'SECRETCOHORT',
    'SECRETOFFREC',
    'SECRETDRAFT',
    'SECRETWAITING',
    'SECRETWITHDRAWN',
    'SECRETNARROWED',
  ]) {
    forbidden.set(word, 'closed content');
  }

  const story = await n.story(n.cookies.ann, 'Open budget');
  const answers = { [n.people.ann.id]: n.cookies.ann };
  const lesson = await n.published(n.cookies.org, { threadId: story }, answers);
  const narrowed = await n.published(
    n.cookies.org,
    { threadId: await n.story(n.cookies.ann, 'Kept close') },
    answers,
  );
  await n.ok(n.cookies.org, 'PATCH', `/api/lessons/${narrowed.id}`, {
    audienceCohortIds: [n.cohortA.id],
  });
  forbidden.set(lesson.id, 'the id of the published lesson');
  forbidden.set(story, 'the id of the published lesson’s story');
  const published = await storeShowcaseItem(t, {
    lessonId: lesson.id,
    title: 'Open budget',
    tags: ['budgeting'],
    sections: {
      problem: `<p>Ask <a href="/members/${n.people.ann.handle}" class="mention">@${n.people.ann.handle}</a>, see <a href="http://praxis.test/threads/${story}">http://praxis.test/threads/${story}</a></p>`,
    },
    credits: [
      { memberId: n.people.ann.id, answer: 'name' },
      { memberId: n.people.bea.id, answer: 'organisation' },
      { memberId: hana.id, answer: 'hidden' },
      { memberId: n.people.nia.id, answer: 'declined' },
    ],
  });
  const others = [
    await storeShowcaseItem(t, {
      pilotId: await storePilot(t.database.db, 'SECRETWAITING pilot'),
      title: 'SECRETWAITING',
      status: 'awaiting_consent',
    }),
    await storeShowcaseItem(t, {
      lessonId: lesson.id,
      title: 'SECRETWITHDRAWN',
      status: 'withdrawn',
    }),
    await storeShowcaseItem(t, { lessonId: narrowed.id, title: 'SECRETNARROWED' }),
  ];
  for (const item of [published, ...others]) {
    forbidden.set(item.id, 'a showcase item’s id');
    slugs.push(item.slug);
  }
  // Signed-in activity that must stay behind the sign-in.
  await n.ok(hanaCookie, 'GET', '/api/auth/me');
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

/** Every registered route that answers GET, from the router's own tree. */
function registeredGetRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const found: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack[depth] = match[2] ?? '';
    // The tree prints a wildcard without the slash before it (`/showcase*` for `/showcase/*`).
    const path = stack.join('').replace(/(^|[^/])\*$/, '$1/*');
    if ((match[3] ?? '').split(', ').includes('GET')) found.push(path);
  }
  return found;
}

/** A route's addresses: each language and each slug for those parameters, a stand-in for others. */
function addressesOf(route: string): string[] {
  let urls = [route.replace(/\*$/, 'anything')];
  const fill = (name: string, values: string[]) => {
    const pattern = new RegExp(`:${name}(\\|:\\w+)*`);
    urls = urls.flatMap((url) =>
      pattern.test(url) ? values.map((value) => url.replace(pattern, value)) : [url],
    );
  };
  fill('locale', [...locales]);
  fill('slug', [...slugs, 'no-such-item']);
  return urls.map((url) => url.replace(/:\w+(\|:\w+)*/g, 'x'));
}

describe('every route answered without signing in', () => {
  it('carries no member id, e-mail or handle, no closed content, and the showcase no id or closed link', async () => {
    const routes = registeredGetRoutes(t.app);
    expect(routes).toEqual(
      expect.arrayContaining([
        '/showcase',
        '/showcase/:locale',
        '/showcase/:locale/lessons/:slug',
        '/showcase/:locale/pilots/:slug',
        '/showcase/feed.atom',
        '/showcase/*',
        '/sitemap.xml',
        '/robots.txt',
        '/api/health',
        '/*',
      ]),
    );
    const leaks: string[] = [];
    const statuses: Record<number, number> = {};
    let address = 0;
    for (const url of routes.flatMap(addressesOf)) {
      address += 1;
      const response = await t.app.inject({
        method: 'GET',
        url,
        remoteAddress: `10.45.${Math.floor(address / 250)}.${(address % 250) + 1}`,
      });
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
      const text = `${JSON.stringify(response.headers)}\n${response.body}`;
      for (const [value, what] of forbidden) {
        if (text.includes(value)) leaks.push(`${url}: ${what}`);
      }
      const showcase = /^\/(showcase|sitemap\.xml|robots\.txt)/.test(url);
      if (showcase && UUID.test(text)) leaks.push(`${url}: an id (${UUID.exec(text)?.[0]})`);
      const links = [...response.body.matchAll(/(?:href|src)="([^"]*)"|<(?:loc|id)>([^<]*)</g)];
      for (const link of links.map((match) => match[1] ?? match[2] ?? '')) {
        if (
          showcase &&
          CLOSED_LINK.test(
            link
              .replace(/^https?:\/\/[^/]+/, '')
              .replace(/^\/showcase\/[^/]+\/(lessons|pilots)\/[a-z0-9-]+$/, ''),
          )
        ) {
          leaks.push(`${url}: a closed link ${link}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    // The sweep read real pages, not only refusals: each language's first page and item page.
    expect(statuses[200]).toBeGreaterThanOrEqual(2 * locales.length + 3);
  });
});
