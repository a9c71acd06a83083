import { describe, expect, it } from 'vitest';
import { newToken, redactTokens } from './tokens.ts';

describe('redactTokens', () => {
  const { token } = newToken();

  it('hides invitation, reset and calendar feed tokens in URLs before they reach a log', () => {
    expect(redactTokens(`/api/invitations/${token}/accept`)).toBe(
      '/api/invitations/[token]/accept',
    );
    expect(redactTokens(`/invite/${token}`)).toBe('/invite/[token]');
    expect(redactTokens(`/reset-password?token=${token}&x=1`)).toBe(
      '/reset-password?token=[token]&x=1',
    );
    expect(redactTokens(`/api/calendar/${token}.ics`)).toBe('/api/calendar/[token].ics');
  });

  it('hides the venue check-in token, of the page and of the API', () => {
    expect(redactTokens(`/check-in/${token}`)).toBe('/check-in/[token]');
    expect(redactTokens(`/api/check-in/${token}`)).toBe('/api/check-in/[token]');
  });

  it('leaves URLs without tokens as they are', () => {
    expect(redactTokens('/api/invitations?limit=20')).toBe('/api/invitations?limit=20');
  });
});
