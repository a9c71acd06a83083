import { describe, expect, it } from 'vitest';
import { insertMention, mentionAt } from './mention-token.ts';

describe('mentionAt', () => {
  it('finds the @letters typed before the caret, at the start or after a space', () => {
    expect(mentionAt('@am', 3)).toEqual({ start: 0, typed: 'am' });
    expect(mentionAt('Ask @Hadž', 9)).toEqual({ start: 4, typed: 'Hadž' });
    expect(mentionAt('(@bru', 5)).toEqual({ start: 1, typed: 'bru' });
  });

  it('sees no mention in an e-mail address, a lone @, or once a space was typed', () => {
    expect(mentionAt('amra@example', 12)).toBeNull();
    expect(mentionAt('say @', 5)).toBeNull();
    expect(mentionAt('@amra ', 6)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces the typed letters (and the rest of that word) by @handle and a space', () => {
    const text = 'Hi @am there';
    expect(insertMention(text, 6, { start: 3, typed: 'am' }, 'amra')).toEqual({
      text: 'Hi @amra there',
      caret: 9,
    });
    expect(insertMention('@amXX', 3, { start: 0, typed: 'am' }, 'amra')).toEqual({
      text: '@amra ',
      caret: 6,
    });
  });
});
