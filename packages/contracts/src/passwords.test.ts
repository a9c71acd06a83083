import { formatMsg } from '@praxis/i18n/translate';
import { describe, expect, it } from 'vitest';
import { Password, passwordWeakness, passwordWeaknessReason } from './passwords.ts';

const account = { email: 'selma.begic@agency.example', name: 'Selma Begić' };

describe('passwordWeaknessReason', () => {
  it('accepts a password unrelated to the account', () => {
    expect(passwordWeaknessReason('river stones at dusk', account)).toBeNull();
  });

  it('refuses a password containing the e-mail address or its local part', () => {
    expect(passwordWeaknessReason('xx selma.begic@agency.example', account)).toBe('email');
    expect(passwordWeaknessReason('SELMA.BEGIC-2024!', account)).toBe('email');
  });

  it('refuses a password containing a part of the name, ignoring case', () => {
    expect(passwordWeaknessReason('ilovebegić1234', account)).toBe('name');
  });

  it('ignores name parts shorter than three letters', () => {
    expect(
      passwordWeaknessReason('a quiet morning walk', { email: 'x@y.org', name: 'Al Jo' }),
    ).toBeNull();
  });
});

describe('passwordWeakness', () => {
  it('gives the API its refusal as a catalog message, or null', () => {
    expect(passwordWeakness('river stones at dusk', account)).toBeNull();
    expect(formatMsg('en', passwordWeakness('SELMA.BEGIC-2024!', account) ?? '')).toBe(
      'Choose a password that does not contain your e-mail address.',
    );
    expect(formatMsg('bs', passwordWeakness('ilovebegić1234', account) ?? '')).toBe(
      'Izaberite lozinku koja ne sadrži vaše ime.',
    );
  });
});

describe('Password', () => {
  it('requires at least 10 characters', () => {
    expect(Password.safeParse('nine char').success).toBe(false);
    expect(Password.safeParse('ten chars!').success).toBe(true);
  });
});
