import { describe, expect, it } from 'vitest';
import { checkInState } from './venue-check-in.service.ts';

describe('the check-in window', () => {
  const meetup = {
    status: 'scheduled',
    startsAt: new Date('2030-03-14T17:00:00Z'),
    endsAt: new Date('2030-03-14T20:00:00Z'),
  };
  it('opens 30 minutes before the start, to the instant, and closes at the end', () => {
    expect(checkInState(meetup, new Date('2030-03-14T16:29:59.999Z'))).toBe('not_yet');
    expect(checkInState(meetup, new Date('2030-03-14T16:30:00Z'))).toBe('open');
    expect(checkInState(meetup, new Date('2030-03-14T19:59:59.999Z'))).toBe('open');
    expect(checkInState(meetup, new Date('2030-03-14T20:00:00Z'))).toBe('closed');
  });

  it('is never open for a meetup without a date or a cancelled one', () => {
    const now = new Date('2030-03-14T18:00:00Z');
    expect(checkInState({ status: 'proposed', startsAt: null, endsAt: null }, now)).toBe('not_yet');
    expect(checkInState({ ...meetup, status: 'cancelled' }, now)).toBe('cancelled');
  });
});
