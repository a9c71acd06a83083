import { describe, expect, it } from 'vitest';
import { newToken, redactTokens } from './tokens.ts';

describe('redactTokens', () => {
  const { token } = newToken();

  it('hides invitation and reset tokens in URLs before they reach a log', () => {
    expect(redactTokens(`/api/invitations/${token}/accept`)).toBe(
      '/api/invitations/[token]/accept',
    );
    expect(redactTokens(`/invite/${token}`)).toBe('/invite/[token]');
    expect(redactTokens(`/reset-password?token=${token}&x=1`)).toBe(
      '/reset-password?token=[token]&x=1',
    );
  });

  it('leaves URLs without tokens as they are', () => {
    expect(redactTokens('/api/invitations?limit=20')).toBe('/api/invitations?limit=20');
  });
});
