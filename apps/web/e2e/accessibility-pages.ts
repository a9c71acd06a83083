import type { RoomList } from '@praxis/contracts/chat';
import type { ProgrammeList } from '@praxis/contracts/cohorts';
import type { DirectoryPage } from '@praxis/contracts/directory';
import type { LessonPage } from '@praxis/contracts/lessons';
import type { MeetupPage, SeriesList } from '@praxis/contracts/meetups';
import type { OutboxPage } from '@praxis/contracts/outbox';
import type { ThreadPage } from '@praxis/contracts/threads';
import { DEMO_PASSWORD } from './harness.ts';

// The pages of the demo network the accessibility walk visits, found through the API as the
// people who can reach them, and the sessions it visits them with.

export type Role = 'member' | 'organiser' | 'admin';

/** A page to check; `ready` is a CSS selector that shows once its content has come. */
export interface PageToCheck {
  path: string;
  ready?: string;
}

const ACCOUNTS: Record<Role, string> = {
  member: 'member10@praxis.example',
  organiser: 'organiser1@praxis.example',
  admin: 'admin@praxis.example',
};

/** A session cookie of a demo account, signed in once and shared by every browser context. */
export async function signIn(origin: string, role: Role): Promise<{ name: string; value: string }> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ email: ACCOUNTS[role], password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${role}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => /^((?:__Host-)?praxis_session)=([^;]+)/.exec(header))
    .find(Boolean);
  if (!cookie?.[1] || !cookie[2]) throw new Error(`sign-in as ${role} set no session cookie`);
  return { name: cookie[1], value: cookie[2] };
}

type Session = { name: string; value: string };

function api(origin: string, session: Session | null) {
  return async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: {
        origin,
        ...(session ? { cookie: `${session.name}=${session.value}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

/** The first link to `path…` in any outbox mail to `recipient`, once the job has sent it. */
async function linkInOutbox(origin: string, admin: Session, recipient: string, path: RegExp) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const outbox = await api(origin, admin)<OutboxPage>('GET', '/api/outbox?limit=100');
    for (const mail of outbox.emails.filter((sent) => sent.recipient === recipient)) {
      const link = path.exec(mail.bodyText)?.[0];
      if (link) return link.replace(/^https?:\/\/[^/]+/, '');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no mail to ${recipient} with a link like ${path}`);
}

export type Walk = Record<Role | 'signedOut', PageToCheck[]>;

/** Every page each kind of visitor reaches in the demo network, with the data to show. */
export async function pagesOfTheDemo(
  origin: string,
  sessions: Record<Role, Session>,
): Promise<Walk> {
  const asMember = api(origin, sessions.member);
  const asOrganiser = api(origin, sessions.organiser);
  const [questions, stories, programmes, directory, meetups, series, rooms] = await Promise.all([
    asMember<ThreadPage>('GET', '/api/threads?kind=question&limit=1'),
    asMember<ThreadPage>('GET', '/api/threads?view=stories&limit=50'),
    asOrganiser<ProgrammeList>('GET', '/api/programmes'),
    asMember<DirectoryPage>('GET', '/api/members?limit=1'),
    asMember<MeetupPage>('GET', '/api/meetups?limit=50'),
    asMember<SeriesList>('GET', '/api/meetup-series'),
    asMember<RoomList>('GET', '/api/rooms'),
  ]);
  const first = <T>(list: T[], what: string): T => {
    if (!list[0]) throw new Error(`the demo network has no ${what}`);
    return list[0];
  };
  const question = first(questions.threads, 'question');
  const story = first(stories.threads, 'story');
  const anonymousStory = first(
    stories.threads.filter((thread) => thread.author.anonymous),
    'anonymous story',
  );
  const offRecord = first(
    (await asOrganiser<ThreadPage>('GET', '/api/threads?kind=discussion&limit=50')).threads.filter(
      (thread) => thread.offRecord,
    ),
    'off-the-record discussion',
  );
  const cohort = first(
    programmes.programmes.flatMap((programme) => programme.cohorts),
    'cohort',
  );
  const member = first(directory.members, 'member in the directory');
  const poll = first(
    meetups.meetups.filter((meetup) => meetup.startsAt === null),
    'meetup with a date poll',
  );
  const room = first(rooms.rooms, 'chat room');
  const lesson = first(
    (await asMember<LessonPage>('GET', '/api/lessons?limit=1')).lessons,
    'lesson in the library',
  );
  const seriesId = first(series.series, 'meetup series').id;
  // A pilot's public summary waiting for its team's consent, for the showcase's pages in the app.
  const pilot = first(
    (
      await asOrganiser<{ pilots: { id: string; visibility: string }[] }>(
        'GET',
        '/api/pilots?limit=50',
      )
    ).pilots.filter((candidate) => candidate.visibility === 'network'),
    'pilot the whole network sees',
  );
  const showcaseItem = await asOrganiser<{ id: string }>(
    'POST',
    `/api/showcase/pilots/${pilot.id}`,
    {
      summary: 'A pilot of the demo network, summed up for readers outside it.',
    },
  );

  // An invitation and an unsubscribe link come by e-mail, to the outbox the admin reads.
  const invitee = 'a11y.invitee@city.example';
  await asOrganiser('POST', `/api/cohorts/${cohort.id}/invitations`, {
    invitees: [{ email: invitee, name: 'Vesna Marić' }],
  });
  const thread = await asMember<{ id: string }>('POST', '/api/threads', {
    kind: 'discussion',
    title: 'Who keeps a register of open data sets?',
    body: 'We would like to publish ours next year.',
  });
  await api(origin, sessions.organiser)('POST', `/api/threads/${thread.id}/replies`, {
    body: 'The city of Sarajevo does, ask Lejla.',
  });
  const [invitation, unsubscribe] = await Promise.all([
    linkInOutbox(origin, sessions.admin, invitee, /https?:\/\/\S+\/invite\/[\w-]+/),
    linkInOutbox(
      origin,
      sessions.admin,
      ACCOUNTS.member,
      /https?:\/\/\S+\/unsubscribe\?token=[\w-]+/,
    ),
  ]);

  return {
    signedOut: [
      { path: '/login' },
      { path: '/forgot-password' },
      { path: unsubscribe, ready: 'main button.button-primary' },
      { path: invitation, ready: 'main form' },
      { path: '/accessibility' },
    ],
    member: [
      { path: '/' },
      { path: '/threads', ready: 'main .thread-row' },
      { path: `/threads/${question.id}` },
      { path: `/threads/${story.id}` },
      { path: `/threads/${anonymousStory.id}`, ready: 'main .reply' },
      { path: '/threads/new', ready: 'main form' },
      { path: '/search?q=budget', ready: 'main .thread-list li' },
      { path: '/directory', ready: 'main .member-grid li' },
      { path: `/members/${member.handle}` },
      { path: '/profile', ready: 'main form' },
      { path: '/welcome' },
      { path: '/cohorts' },
      { path: `/cohorts/${cohort.id}` },
      { path: '/meetups' },
      { path: `/meetups/${poll.id}` },
      { path: `/meetups/series/${seriesId}` },
      { path: '/pilots', ready: 'main .pilot-card' },
      { path: '/library', ready: 'main .lesson-row' },
      { path: `/library/${lesson.id}`, ready: 'main .lesson-card' },
      { path: '/chat' },
      { path: `/chat/${room.id}`, ready: 'main [role="log"] li' },
      { path: '/notifications' },
      { path: '/account' },
      { path: '/settings/email', ready: 'main fieldset' },
      { path: '/published', ready: 'main .lead' },
      { path: '/accessibility' },
    ],
    organiser: [
      { path: `/threads/${offRecord.id}`, ready: 'main .reply' },
      { path: `/cohorts/${cohort.id}/invite`, ready: 'main form' },
      { path: '/invitations' },
      { path: '/flags' },
      { path: `/meetups/${poll.id}` },
      { path: `/meetups/series/${poll.seriesId}/propose`, ready: 'main form' },
      { path: '/meetups/series/new', ready: 'main form' },
      { path: '/outcomes', ready: 'main .plot-chart svg' },
      { path: '/outcomes/report', ready: 'main .plot-chart svg' },
      { path: '/published', ready: 'main .published-list' },
      { path: `/published/${showcaseItem.id}`, ready: 'main .showcase-preview' },
      { path: `/pilots/${pilot.id}`, ready: 'main .showcase-publish' },
    ],
    admin: [
      { path: '/outbox' },
      { path: '/admin/email/bounces' },
      { path: '/admin/settings', ready: 'main select' },
    ],
  };
}
