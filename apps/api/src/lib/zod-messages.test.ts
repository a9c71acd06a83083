import { msg } from '@praxis/i18n/message-ref';
import { formatMsg } from '@praxis/i18n/translate';
import { describe, expect, it } from 'vitest';
import { defaultFieldMessage } from './zod-messages.ts';

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
