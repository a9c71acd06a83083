import { describe, expect, it } from 'vitest';
import { isOfflineRead } from './offline-reads.ts';

describe('isOfflineRead', () => {
  it.each([
    '/api/auth/me',
    '/api/setup',
    '/api/threads',
    '/api/threads/3ce8e039-c006-4a7b-b39f-db6b87b74273',
    '/api/threads/3ce8e039-c006-4a7b-b39f-db6b87b74273/replies',
    '/api/meetups/3ce8e039-c006-4a7b-b39f-db6b87b74273',
    '/api/rooms/3ce8e039-c006-4a7b-b39f-db6b87b74273/messages',
    '/api/notifications',
  ])('keeps %s for offline reading', (path) => {
    expect(isOfflineRead(path)).toBe(true);
  });

  it.each([
    '/api/search',
    '/api/members',
    '/api/profile',
    '/api/threads/similar',
    '/api/threads/3ce8e039-c006-4a7b-b39f-db6b87b74273/advisers',
    '/api/notifications/unread-count',
    '/api/auth/logout',
    '/api/ws',
  ])('never keeps %s', (path) => {
    expect(isOfflineRead(path)).toBe(false);
  });
});
