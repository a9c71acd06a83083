import { msg } from '@praxis/i18n/message-ref';
import { formatMsg } from '@praxis/i18n/translate';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defaultFieldMessage, parseWithMessages } from './zod-messages.ts';

describe('defaultFieldMessage', () => {
  it("names zod's own messages by catalog key, so that they are translated too", () => {
    const required = defaultFieldMessage({
      code: 'invalid_type',
      expected: 'string',
      input: undefined,
    });
    expect(required).toBe(msg('errors.request.required'));
    expect(formatMsg('hr', required)).toBe('Ovo je polje obvezno.');
    const tooLong = defaultFieldMessage({
      code: 'too_big',
      origin: 'string',
      maximum: 5,
      inclusive: true,
      input: 'far too long',
    });
    expect(formatMsg('bs', tooLong)).toBe('Koristite najviše 5 znakova.');
    expect(formatMsg('en', defaultFieldMessage({ code: 'custom', input: 1 }))).toBe(
      'This value is not accepted.',
    );
  });
});

describe('parseWithMessages', () => {
  const Query = z.object({ v: z.string().max(3), page: z.coerce.number().optional() });

  it('gives valid input as the schema outputs it, parsed once and without options', () => {
    const parse = vi.spyOn(Query, 'safeParse');
    expect(parseWithMessages(Query, { v: '7', page: '2' })).toEqual({
      success: true,
      data: { v: '7', page: 2 },
    });
    expect(parse.mock.calls).toEqual([[{ v: '7', page: '2' }]]);
    parse.mockRestore();
  });

  it("gives invalid input's issues with the catalog's messages, not zod's English", () => {
    const parsed = parseWithMessages(Query, { v: 'too long' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['v'], message: msg('errors.request.tooLong', { max: 3 }) },
    ]);
    const missing = parseWithMessages(Query, {});
    expect(missing.error?.issues[0]?.message).toBe(msg('errors.request.required'));
  });
});
