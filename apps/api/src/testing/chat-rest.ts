import { randomUUID } from 'node:crypto';
import type { Message, MessagePage, Room } from '@praxis/contracts/chat';
import type { Notification, NotificationKind } from '@praxis/contracts/notifications';
import { createCohort, createMember, type MemberOverrides } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, expect } from 'vitest';
import { type ChatService, createChatService } from '../modules/chat/chat.service.ts';
import { createTestApp, sessionCookie, type TestApp } from './test-app.ts';

/**
 * A test app for one chat test file, with the requests those files make. Registers the file's
 * beforeAll and afterAll; call it at the top level.
 */
export function chatTestApp() {
  let t: TestApp;
  let chat: ChatService;

  beforeAll(async () => {
    t = await createTestApp();
    // There is no REST send: the socket hands messages to this same service.
    chat = createChatService(t.app.db);
  });
  afterAll(() => t.close());

  const member = (overrides?: MemberOverrides) => createMember(t.database.db, overrides);

  let addresses = 0;
  // Sign-ins are limited to 30 per address in 15 minutes; this file signs in more members than
  // that, so each signs in from an address of their own.
  async function signedIn(overrides?: MemberOverrides) {
    const created = await member(overrides);
    addresses += 1;
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: created.email, password: created.password },
      remoteAddress: `10.1.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return { ...created, cookie: sessionCookie(response) };
  }

  function say(author: Member, roomId: string, body: string): Promise<Message> {
    const { id, handle, name, role } = author;
    return chat.send(
      { id, handle, name, role, avatar: null },
      { roomId, clientId: `test-${randomUUID()}`, body },
    );
  }

  async function roomsOf(cookie: string): Promise<Room[]> {
    const response = await t.request({ method: 'GET', url: '/api/rooms', cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().rooms;
  }

  async function cohortRoom(cookie: string, cohortId: string): Promise<Room> {
    const room = (await roomsOf(cookie)).find((each) => each.cohortId === cohortId);
    if (!room) throw new Error('the cohort room is not listed');
    return room;
  }

  function history(cookie: string, roomId: string, before?: string | number) {
    const query = before === undefined ? '' : `?before=${before}`;
    return t.request({ method: 'GET', url: `/api/rooms/${roomId}/messages${query}`, cookie });
  }

  async function messagesIn(cookie: string, roomId: string): Promise<Message[]> {
    const response = await history(cookie, roomId);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as MessagePage).messages;
  }

  function openDirect(cookie: string, memberIds: string[]) {
    return t.request({ method: 'POST', url: '/api/rooms/direct', cookie, payload: { memberIds } });
  }

  function changeMessage(cookie: string, message: Message, body?: string) {
    return t.request({
      method: body === undefined ? 'DELETE' : 'PATCH',
      url: `/api/rooms/${message.roomId}/messages/${message.id}`,
      cookie,
      ...(body === undefined ? {} : { payload: { body } }),
    });
  }

  /** The member's notifications of one kind, newest first, as the bell's list shows them. */
  async function notificationsOf(cookie: string, kind: NotificationKind): Promise<Notification[]> {
    const response = await t.request({ method: 'GET', url: '/api/notifications', cookie });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().notifications as Notification[]).filter(
      (notification) => notification.kind === kind,
    );
  }

  /** A cohort with a room: its members, one of them signed in to look. */
  async function cohortWithRoom(others: Member[] = []) {
    const viewer = await signedIn();
    const cohort = await createCohort(t.database.db, {
      memberIds: [viewer.id, ...others.map((other) => other.id)],
    });
    return { viewer, cohort, room: await cohortRoom(viewer.cookie, cohort.id) };
  }

  return {
    get t() {
      return t;
    },
    get chat() {
      return chat;
    },
    member,
    signedIn,
    say,
    roomsOf,
    cohortRoom,
    history,
    messagesIn,
    openDirect,
    changeMessage,
    notificationsOf,
    cohortWithRoom,
  };
}

export type Member = Awaited<ReturnType<typeof createMember>>;

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
