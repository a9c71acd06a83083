import type { MessagePage } from '@praxis/contracts/chat';
import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { OwnProfile } from '@praxis/contracts/profiles';
import type { Reply, ThreadDetail } from '@praxis/contracts/threads';
import { createMeetup } from '@praxis/db/testing/factories';
import { describe, expect, it } from 'vitest';
import { socketTestApp } from '../../testing/chat-sockets.ts';

// Every text carries the language it is written in: the author's unless the composer says
// otherwise (their chosen interface language, else the one their browser asks for).

const kit = socketTestApp();
const { member, connect, networkRoomId } = kit;

async function postThread(cookie: string, extra: object = {}, headers: object = {}) {
  const response = await kit.t.request({
    method: 'POST',
    url: '/api/threads',
    cookie,
    headers: { ...headers },
    payload: { kind: 'discussion', title: 'A text in some language', body: 'Body.', ...extra },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

describe('the language of a thread', () => {
  it('is the author’s chosen language, else the one their browser asks for, unless given', async () => {
    const french = await member({ profile: { locale: 'fr' } });
    expect((await postThread(french.cookie)).language).toBe('fr');
    const unset = await member();
    const asked = await postThread(unset.cookie, {}, { 'accept-language': 'bs-BA,bs;q=0.9' });
    expect(asked.language).toBe('bs');
    expect((await postThread(french.cookie, { language: 'hr' })).language).toBe('hr');
  });

  it('changes when an edit says so, and stays when it does not', async () => {
    const author = await member({ profile: { locale: 'bs' } });
    const thread = await postThread(author.cookie);
    const edit = (payload: object) =>
      kit.t.request({
        method: 'PATCH',
        url: `/api/threads/${thread.id}`,
        cookie: author.cookie,
        payload,
      });
    expect((await edit({ language: 'sr-Latn' })).json().language).toBe('sr-Latn');
    expect((await edit({ title: 'Only the title changes' })).json().language).toBe('sr-Latn');
  });

  it('refuses a language Praxis does not speak with a 400 naming the field', async () => {
    const author = await member();
    const response = await kit.t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: author.cookie,
      payload: { kind: 'discussion', title: 'Auf Deutsch', body: 'Hallo.', language: 'de' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.language).toBe('Choose a language from the list.');
  });
});

describe('the language of a reply', () => {
  it('is the author’s by default, the composer’s when given, and kept by an edit without one', async () => {
    const asker = await member({ profile: { locale: 'en' } });
    const thread = await postThread(asker.cookie);
    const croatian = await member({ profile: { locale: 'hr' } });
    const reply = async (payload: object) => {
      const response = await kit.t.request({
        method: 'POST',
        url: `/api/threads/${thread.id}/replies`,
        cookie: croatian.cookie,
        payload,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as Reply;
    };
    expect((await reply({ body: 'Imamo iskustva s tim.' })).language).toBe('hr');
    const french = await reply({ body: 'Nous aussi.', language: 'fr' });
    expect(french.language).toBe('fr');
    const edited = await kit.t.request({
      method: 'PATCH',
      url: `/api/threads/${thread.id}/replies/${french.id}`,
      cookie: croatian.cookie,
      payload: { body: 'Nous aussi, depuis 2024.' },
    });
    expect(edited.json()).toMatchObject({ language: 'fr', bodySource: 'Nous aussi, depuis 2024.' });
  });
});

describe('the language of a bio', () => {
  it('is the writer’s when the profile does not say, and the one chosen when it does', async () => {
    const writer = await member({ profile: { locale: 'fr' } });
    const save = async (payload: object) => {
      const response = await kit.t.request({
        method: 'PATCH',
        url: '/api/profile',
        cookie: writer.cookie,
        payload,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as OwnProfile;
    };
    expect((await save({ bioSource: 'Je travaille sur les achats publics.' })).bioLanguage).toBe(
      'fr',
    );
    expect(
      (await save({ bioSource: 'Radim na javnim nabavkama.', bioLanguage: 'bs' })).bioLanguage,
    ).toBe('bs');
    expect((await save({ headline: 'Nabavke' })).bioLanguage).toBe('bs');
    const seen = await kit.t.request({
      method: 'GET',
      url: `/api/members/${writer.handle}`,
      cookie: (await member()).cookie,
    });
    expect(seen.json().bioLanguage).toBe('bs');
  });
});

describe('the language of meetup notes', () => {
  it('is the first writer’s by default, then kept until an editor chooses another', async () => {
    const organiser = await member({ role: 'organiser', profile: { locale: 'bs' } });
    const meetup = await createMeetup(kit.t.database.db);
    const save = async (payload: object) => {
      const response = await kit.t.request({
        method: 'PUT',
        url: `/api/meetups/${meetup.id}/notes`,
        cookie: organiser.cookie,
        payload,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as MeetupDetail;
    };
    expect((await save({ notes: 'Šta smo razmijenili.' })).notesLanguage).toBe('bs');
    expect(
      (await save({ notes: 'Ce que nous avons échangé.', notesLanguage: 'fr' })).notesLanguage,
    ).toBe('fr');
    expect((await save({ notes: 'Ce que nous avons échangé, relu.' })).notesLanguage).toBe('fr');
  });
});

describe('the language of a chat message', () => {
  it('is the sender’s by default and the composer’s when the frame gives one', async () => {
    const sender = await member({ profile: { locale: 'hr' } });
    const roomId = await networkRoomId(sender.cookie);
    const socket = await connect(sender.cookie);
    socket.send({ type: 'send', roomId, clientId: 'language-default-1', body: 'Bok svima' });
    socket.send({
      type: 'send',
      roomId,
      clientId: 'language-chosen-1',
      body: 'Bonjour à tous',
      language: 'fr',
    });
    await socket.waitFor((frame) => frame.type === 'ack' && frame.clientId === 'language-chosen-1');
    socket.close();
    const history = await kit.t.request({
      method: 'GET',
      url: `/api/rooms/${roomId}/messages`,
      cookie: sender.cookie,
    });
    const mine = (history.json() as MessagePage).messages.filter(
      (message) => message.author.id === sender.id,
    );
    expect(mine.map((message) => [message.body, message.language])).toEqual([
      ['Bok svima', 'hr'],
      ['Bonjour à tous', 'fr'],
    ]);
    const [first] = mine;
    const edited = await kit.t.request({
      method: 'PATCH',
      url: `/api/rooms/${roomId}/messages/${first?.id}`,
      cookie: sender.cookie,
      payload: { body: 'Bok svima, opet', language: 'bs' },
    });
    expect(edited.json()).toMatchObject({ body: 'Bok svima, opet', language: 'bs' });
  });
});
