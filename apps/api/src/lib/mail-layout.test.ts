import { describe, expect, it } from 'vitest';
import { shorten } from './mail-layout.tsx';

describe('shorten', () => {
  it('leaves a text within the limit as it is', () => {
    expect(shorten('Ask legal early.', 16)).toBe('Ask legal early.');
  });

  it('cuts a longer text at the last space or line break before the limit, with an ellipsis', () => {
    expect(shorten('Ask legal early, then the buyers.', 20)).toBe('Ask legal early,…');
    expect(shorten('First paragraph.\nSecond one here.', 24)).toBe('First paragraph.…');
  });

  it('cuts at the limit when the last break would drop more than half', () => {
    expect(shorten('A https://example.org/a/very/long/link', 20)).toBe('A https://example.o…');
  });
});
