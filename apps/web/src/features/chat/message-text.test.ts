import type { Author } from '@praxis/contracts/common';
import bs from '@praxis/i18n/messages/web/chat/bs.json';
import en from '@praxis/i18n/messages/web/chat/en.json';
import fr from '@praxis/i18n/messages/web/chat/fr.json';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { dayLabel, lengthNotice, roomStartLine, roomTitle } from './message-text.ts';

const english = createIntl({ locale: 'en', messages: en });
const french = createIntl({ locale: 'fr', messages: fr });
const bosnian = createIntl({ locale: 'bs', messages: bs });

const person = (name: string): Author => ({
  id: crypto.randomUUID(),
  handle: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  role: 'member',
  avatar: null,
});

describe('roomStartLine', () => {
  it('names a direct conversation as the reader’s conversation with the others', () => {
    const room = { kind: 'direct' as const, name: null, members: [person('Ana Laurent')] };
    expect(roomStartLine(english, room, true)).toBe(
      'This is the start of your conversation with Ana Laurent.',
    );
    expect(roomStartLine(english, room, false)).toBe(
      'No messages with Ana Laurent yet. Say hello!',
    );
  });

  it('lists everyone in a group conversation, in the reader’s language', () => {
    const members = ['Ana Laurent', 'Marko Babić', 'Sara Novak'].map(person);
    const room = { kind: 'direct' as const, name: null, members };
    expect(roomStartLine(english, room, true)).toBe(
      'This is the start of your conversation with Ana Laurent, Marko Babić and Sara Novak.',
    );
    expect(roomStartLine(french, room, true)).toBe(
      'C’est le début de votre conversation avec Ana Laurent, Marko Babić et Sara Novak.',
    );
    expect(roomStartLine(bosnian, room, true)).toBe(
      'Ovo je početak vašeg razgovora (Ana Laurent, Marko Babić i Sara Novak).',
    );
  });

  it('speaks of “this conversation” once everyone else has left', () => {
    const room = { kind: 'direct' as const, name: null, members: [] };
    expect(roomStartLine(english, room, true)).toBe('This is the start of this conversation.');
    expect(roomStartLine(english, room, false)).toBe('No messages in this conversation.');
  });

  it('names the network, cohort and meetup rooms as rooms', () => {
    const everyone = { kind: 'network' as const, name: null, members: [] };
    expect(roomStartLine(english, everyone, true)).toBe('This is the start of the Everyone room.');
    const cohort = { kind: 'cohort' as const, name: 'La Transfo 2023', members: [] };
    expect(roomStartLine(english, cohort, false)).toBe(
      'No messages in the La Transfo 2023 room yet. Say hello!',
    );
    expect(roomStartLine(french, cohort, false)).toBe(
      'Aucun message dans le salon La Transfo 2023 pour l’instant. Dites bonjour !',
    );
  });
});

describe('roomTitle', () => {
  it('names a cohort’s or meetup’s room by its own name, in every language', () => {
    const meetup = { kind: 'meetup' as const, name: 'Inter-Transfo in Lyon', members: [] };
    expect(roomTitle(english, meetup)).toBe('Inter-Transfo in Lyon');
    expect(roomTitle(bosnian, meetup)).toBe('Inter-Transfo in Lyon');
  });

  it('calls the network room Everyone in the reader’s language', () => {
    const network = { kind: 'network' as const, name: null, members: [] };
    expect(roomTitle(english, network)).toBe('Everyone');
    expect(roomTitle(french, network)).toBe('Tout le monde');
    expect(roomTitle(bosnian, network)).toBe('Svi');
  });

  it('says what a room is when its cohort or meetup has no name to give', () => {
    expect(roomTitle(english, { kind: 'cohort', name: null, members: [] })).toBe('Cohort');
    expect(roomTitle(french, { kind: 'meetup', name: null, members: [] })).toBe('Rencontre');
  });

  it('names a direct conversation by the others in it, side by side in English', () => {
    const members = ['Bob Durand', 'Carol Roy', 'Dina Hadžić'].map(person);
    const room = { kind: 'direct' as const, name: null, members };
    expect(roomTitle(english, room)).toBe('Bob Durand, Carol Roy, Dina Hadžić');
    expect(roomTitle(french, room)).toBe('Bob Durand, Carol Roy et Dina Hadžić');
    expect(roomTitle(bosnian, room)).toBe('Bob Durand, Carol Roy i Dina Hadžić');
  });

  it('names a conversation everyone else left as such, in the reader’s language', () => {
    const room = { kind: 'direct' as const, name: null, members: [] };
    expect(roomTitle(english, room)).toBe('A conversation everyone else left');
    expect(roomTitle(french, room)).toBe('Une conversation que tous les autres ont quittée');
  });
});

describe('lengthNotice', () => {
  it('says nothing far from the limit, then counts the bytes in the reader’s numbers', () => {
    expect(lengthNotice(english, 100)).toBeNull();
    expect(lengthNotice(english, 3500)).toEqual({ text: '3,500 of 4,096 bytes', over: false });
    expect(lengthNotice(english, 5000)).toEqual({
      text: 'Too long: 5,000 of 4,096 bytes. Shorten it or send it in parts.',
      over: true,
    });
    expect(lengthNotice(bosnian, 3500)?.text).toBe('3.500 od 4.096 bajtova');
  });
});

describe('dayLabel', () => {
  const now = new Date(2027, 2, 26, 12, 0);
  it('calls the last two days by name, in the reader’s language', () => {
    expect(dayLabel(english, new Date(2027, 2, 26, 8, 0).toISOString(), now)).toBe('Today');
    expect(dayLabel(french, new Date(2027, 2, 25, 8, 0).toISOString(), now)).toBe('Hier');
  });

  it('writes other days as a date in the reader’s language', () => {
    expect(dayLabel(french, new Date(2027, 2, 1, 8, 0).toISOString(), now)).toBe('lundi 1 mars');
  });
});
