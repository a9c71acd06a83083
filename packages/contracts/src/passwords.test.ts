import { describe, expect, it } from 'vitest';
import { Password, passwordWeakness } from './passwords.ts';

const account = { email: 'selma.begic@agency.example', name: 'Selma Begić' };

describe('passwordWeakness', () => {
  it('accepts a password unrelated to the account', () => {
    expect(passwordWeakness('river stones at dusk', account)).toBeNull();
  });

  it('refuses a password containing the e-mail address or its local part', () => {
    expect(passwordWeakness('xx selma.begic@agency.example', account)).toMatch(/e-mail/);
    expect(passwordWeakness('SELMA.BEGIC-2024!', account)).toMatch(/e-mail/);
  });

  it('refuses a password containing a part of the name, ignoring case', () => {
    expect(passwordWeakness('ilovebegić1234', account)).toMatch(/name/);
  });

  it('ignores name parts shorter than three letters', () => {
    expect(
      passwordWeakness('a quiet morning walk', { email: 'x@y.org', name: 'Al Jo' }),
    ).toBeNull();
  });
});

describe('Password', () => {
  it('requires at least 10 characters', () => {
    expect(Password.safeParse('nine char').success).toBe(false);
    expect(Password.safeParse('ten chars!').success).toBe(true);
  });
});
