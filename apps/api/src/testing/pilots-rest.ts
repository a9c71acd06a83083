import type { NotificationPage } from '@praxis/contracts/notifications';
import type { NewPilotBody, PilotDetail } from '@praxis/contracts/pilots';
import { lessonAudiences, lessons } from '@praxis/db/schema/lessons';
import {
  createCohort,
  createMember,
  createProgramme,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

export type Person = { id: string; handle: string; cookie: string };

/**
 * A test app for one pilots test file: programme "Public Sector Innovation BiH" with cohort A
 * (amra, bruno) and cohort B (cara), an organiser, and olli in no cohort. Registers the file's
 * beforeAll and afterAll; read `people` once its beforeAll has run.
 */
export function pilotsTestApp() {
  const people = {} as {
    t: TestApp;
    organiser: Person;
    amra: Person;
    bruno: Person;
    cara: Person;
    olli: Person;
    programmeId: string;
    cohortA: string;
    cohortB: string;
  };

  async function person(handle: string, role: 'member' | 'organiser' = 'member'): Promise<Person> {
    const member = await createMember(people.t.database.db, { handle, role, name: handle });
    return {
      id: member.id,
      handle,
      cookie: await people.t.signIn(member.email, TEST_PASSWORD),
    };
  }

  beforeAll(async () => {
    people.t = await createTestApp();
    const db = people.t.database.db;
    people.organiser = await person('orla', 'organiser');
    people.amra = await person('amra');
    people.bruno = await person('bruno');
    people.cara = await person('cara');
    people.olli = await person('olli');
    const programme = await createProgramme(db, 'Public Sector Innovation BiH');
    people.programmeId = programme.id;
    const memberIds = [people.amra.id, people.bruno.id];
    people.cohortA = (
      await createCohort(db, { programmeId: programme.id, name: 'BiH 2022', memberIds })
    ).id;
    people.cohortB = (
      await createCohort(db, {
        programmeId: programme.id,
        name: 'BiH 2023',
        memberIds: [people.cara.id],
      })
    ).id;
  });
  afterAll(async () => {
    await people.t.close();
  });

  async function call(who: Person, method: InjectOptions['method'], url: string, payload?: object) {
    return people.t.request({ method, url, cookie: who.cookie, ...(payload ? { payload } : {}) });
  }

  /** Sends and expects `status`, showing the body when it is not. */
  async function expectStatus(
    status: number,
    who: Person,
    method: InjectOptions['method'],
    url: string,
    payload?: object,
  ) {
    const response = await call(who, method, url, payload);
    expect(response.statusCode, response.body).toBe(status);
    return response.statusCode === 204 ? null : response.json();
  }

  async function createPilot(who: Person, body: Partial<NewPilotBody> = {}): Promise<PilotDetail> {
    return expectStatus(201, who, 'POST', '/api/pilots', {
      programmeId: people.programmeId,
      name: 'Digital building permits',
      ...body,
    });
  }

  async function notificationsOf(who: Person) {
    const response = await call(who, 'GET', '/api/notifications');
    return (response.json() as NotificationPage).notifications;
  }

  return { people, call, expectStatus, createPilot, notificationsOf };
}

const NO_SECTIONS = { problem: '', tried: '', evidence: '', caveats: '', useWhen: '' };

/** A lesson published now, from `cohortId`, seen by `audience` (none: the whole network). */
export async function publishedLesson(
  db: TestApp['database']['db'],
  title: string,
  cohortId: string,
  audience: string[] = [],
) {
  const [lesson] = await db
    .insert(lessons)
    .values({
      title,
      sectionsSource: NO_SECTIONS,
      sectionsHtml: NO_SECTIONS,
      cohortId,
      status: 'published',
      publishedAt: new Date(),
    })
    .returning({ id: lessons.id });
  if (!lesson) throw new Error('lesson insert returned no row');
  if (audience.length > 0) {
    await db
      .insert(lessonAudiences)
      .values(audience.map((id) => ({ lessonId: lesson.id, cohortId: id })));
  }
  return lesson.id;
}
