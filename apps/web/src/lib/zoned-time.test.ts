import { describe, expect, it } from 'vitest';
import {
  dayIn,
  momentIn,
  plainDate,
  rangeIn,
  sameWallClock,
  timesIn,
  wallClockIn,
} from './zoned-time.ts';

describe('zoned time', () => {
  it('writes a meetup in its own zone and in another', () => {
    const start = '2027-03-26T17:00:00.000Z';
    const end = '2027-03-26T20:00:00.000Z';
    expect(rangeIn(start, end, 'Europe/Paris', 'en')).toBe('Fri 26 March 2027, 18:00–21:00');
    expect(rangeIn(start, end, 'America/New_York', 'en')).toBe('Fri 26 March 2027, 13:00–16:00');
    expect(momentIn(start, 'Europe/Paris', 'en')).toBe('Fri 26 Mar 2027, 18:00');
  });

  it('names both days when a meetup ends on another one', () => {
    expect(
      rangeIn('2027-10-01T16:00:00.000Z', '2027-10-02T00:30:00.000Z', 'Europe/London', 'en'),
    ).toBe('Fri 1 October 2027, 17:00 – Sat 2 October 2027, 01:30');
  });

  it('writes English the British way, whatever the English locale', () => {
    const start = '2027-03-26T17:00:00.000Z';
    expect(dayIn(start, 'Europe/Paris', 'en', 'short')).toBe('Fri 26 Mar 2027');
    expect(dayIn(start, 'Europe/Paris', 'en-XA')).toBe('Fri 26 March 2027');
    expect(timesIn(start, '2027-03-26T23:30:00.000Z', 'Europe/Paris', 'en')).toBe('18:00–00:30');
  });

  it('writes other languages in their own words and order', () => {
    const start = '2027-03-26T17:00:00.000Z';
    const end = '2027-03-26T20:00:00.000Z';
    expect(rangeIn(start, end, 'Europe/Paris', 'fr')).toMatch(
      /^ven\. 26 mars 2027,? 18:00\s?–\s?21:00$/,
    );
    expect(dayIn(start, 'Europe/Paris', 'hr')).toMatch(/^pet,? 26\. ožujka 2027\.$/);
    expect(momentIn(start, 'Europe/Paris', 'bs')).toMatch(/^pet,? 26\. mar 2027\..*18:00$/);
    expect(plainDate('2027-09-12', 'sr-Latn')).toBe('12. septembar 2027.');
  });

  it('gives the times alone of a range that runs past midnight, in any language', () => {
    expect(
      timesIn('2027-03-26T17:00:00.000Z', '2027-03-26T23:30:00.000Z', 'Europe/Paris', 'fr'),
    ).toMatch(/^18:00\s?–\s?00:30$/);
  });

  it('follows summer time when turning an instant back into a wall-clock time', () => {
    expect(wallClockIn('2027-03-27T17:00:00.000Z', 'Europe/Paris')).toEqual({
      date: '2027-03-27',
      time: '18:00',
    });
    expect(wallClockIn('2027-03-28T17:00:00.000Z', 'Europe/Paris')).toEqual({
      date: '2027-03-28',
      time: '19:00',
    });
  });

  it('tells zones that show the same time apart from those that do not', () => {
    const moments = ['2027-03-26T17:00:00.000Z'];
    expect(sameWallClock(moments, 'Europe/Paris', 'Europe/Sarajevo')).toBe(true);
    expect(sameWallClock(moments, 'Europe/Paris', 'Europe/London')).toBe(false);
  });

  it('writes a plain date without shifting it a day', () => {
    expect(plainDate('2027-09-12', 'en')).toBe('12 September 2027');
    expect(plainDate('2027-09-12', 'fr')).toBe('12 septembre 2027');
  });
});
