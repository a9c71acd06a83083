import { describe, expect, it } from 'vitest';
import { isRead } from './connection-loss.ts';

describe('isRead: what may be retried after a lost connection', () => {
  it.each([
    'select "id", "name" from "members" where "id" = $1',
    '  SELECT count(*) FROM threads',
    { text: 'select 1' },
  ])('retries a plain read: %s', (statement) => {
    expect(isRead(statement)).toBe(true);
  });

  it.each([
    ['an event sent with pg_notify', "select pg_notify('praxis', $1)"],
    ['a sequence advanced', "select nextval('jobs_id_seq')"],
    ['an advisory lock taken', 'select pg_advisory_xact_lock(42)'],
    ['rows locked for update', 'select * from meetups where id = $1 for update'],
    ['rows locked for share', 'select * from meetups where id = $1 FOR SHARE'],
    ['an insert', 'insert into members (id) values ($1)'],
    ['a statement starting with a CTE', 'with moved as (delete from jobs returning *) select 1'],
    ['no text at all', undefined],
  ])('never retries %s', (_what, statement) => {
    expect(isRead(statement)).toBe(false);
  });
});
