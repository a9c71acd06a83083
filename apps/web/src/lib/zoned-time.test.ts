import { describe, expect, it } from 'vitest';
import { momentIn, plainDate, rangeIn, sameWallClock, wallClockIn } from './zoned-time.ts';

describe('zoned time', () => {
  it('writes a meetup in its own zone and in another', () => {
    const start = '2027-03-26T17:00:00.000Z';
    const end = '2027-03-26T20:00:00.000Z';
    expect(rangeIn(start, end, 'Europe/Paris')).toBe('Fri 26 March 2027, 18:00–21:00');
    expect(rangeIn(start, end, 'America/New_York')).toBe('Fri 26 March 2027, 13:00–16:00');
    expect(momentIn(start, 'Europe/Paris')).toBe('Fri 26 Mar 2027, 18:00');
  });

  it('names both days when a meetup ends on another one', () => {
    expect(rangeIn('2027-10-01T16:00:00.000Z', '2027-10-02T00:30:00.000Z', 'Europe/London')).toBe(
      'Fri 1 October 2027, 17:00 – Sat 2 October 2027, 01:30',
    );
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
    expect(plainDate('2027-09-12')).toBe('12 September 2027');
  });
});
