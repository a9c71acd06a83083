import type { Db } from '@praxis/db/client';
import { describe, expect, it } from 'vitest';
import { prepared, uuidArrayValue } from './prepared-statements.ts';

describe('prepared', () => {
  it('builds a statement once per database handle and name, and again for another of either', () => {
    const first = {} as Db;
    const second = {} as Db;
    const built: string[] = [];
    const build = (name: string) => {
      built.push(name);
      return { name, serial: built.length };
    };
    const a = prepared(first, 'thread_page_member', build);
    expect(prepared(first, 'thread_page_member', build)).toBe(a);
    expect(prepared(first, 'thread_page_all', build)).toEqual({
      name: 'thread_page_all',
      serial: 2,
    });
    expect(prepared(second, 'thread_page_member', build)).toEqual({
      name: 'thread_page_member',
      serial: 3,
    });
    expect(built).toEqual(['thread_page_member', 'thread_page_all', 'thread_page_member']);
  });
});

describe('uuidArrayValue', () => {
  it('writes ids as a PostgreSQL array literal', () => {
    expect(
      uuidArrayValue([
        '6f1c2a4e-0000-4000-8000-000000000001',
        '6f1c2a4e-0000-4000-8000-000000000002',
      ]),
    ).toBe('{6f1c2a4e-0000-4000-8000-000000000001,6f1c2a4e-0000-4000-8000-000000000002}');
    expect(uuidArrayValue([])).toBe('{}');
  });
});
