import { describe, expect, it } from 'vitest';
import { notificationFor } from './push-message.ts';

const payload = {
  title: 'Ana Kovač sent you a message',
  body: 'Can you share the procurement checklist?',
  url: 'https://praxis.example.org/chat/1',
  tag: 'room:1',
  memberId: 'ben',
  generic: 'Du nouveau dans Praxis',
};
const generic = { title: 'Du nouveau dans Praxis', body: '', url: '/', tag: 'praxis' };

describe('notificationFor', () => {
  it('shows the message to the member it is for', () => {
    expect(notificationFor(payload, 'ben')).toEqual({
      title: 'Ana Kovač sent you a message',
      body: 'Can you share the procurement checklist?',
      url: 'https://praxis.example.org/chat/1',
      tag: 'room:1',
    });
  });

  it('shows only the generic line once that member signed out, or another signed in', () => {
    expect(notificationFor(payload, null)).toEqual(generic);
    expect(notificationFor(payload, 'clara')).toEqual(generic);
  });

  it('shows a push that names no member as generic too', () => {
    const { memberId: _, ...unnamed } = payload;
    expect(notificationFor(unnamed, 'ben')).toEqual(generic);
  });

  it('shows nothing for a payload that is not a Praxis push', () => {
    expect(notificationFor('hello', 'ben')).toBeNull();
    expect(notificationFor({ body: 'x' }, 'ben')).toBeNull();
  });
});
