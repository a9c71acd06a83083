import { formatMsg } from '@praxis/i18n/translate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../app-error.ts';
import { nextDueOn, slotInstants, suggestSlots, toInstant, toLocal } from './zoned-time.ts';

/** The refusal `attempt` throws, as a person reading English is told it. */
function refusal(attempt: () => unknown): string | null {
  try {
    attempt();
  } catch (error) {
    return formatMsg('en', (error as Error).message);
  }
  return null;
}

describe('toInstant', () => {
  it('reads a wall-clock time in its zone, with winter and summer offsets', () => {
    expect(toInstant('2027-01-14T18:00', 'Europe/Paris', 'f').toISOString()).toBe(
      '2027-01-14T17:00:00.000Z',
    );
    expect(toInstant('2027-07-15T18:00', 'Europe/Sarajevo', 'f').toISOString()).toBe(
      '2027-07-15T16:00:00.000Z',
    );
  });

  it('keeps the length of a slot that spans the night the clocks go forward', () => {
    // Summer time starts on Sunday 28 March 2027 at 02:00 in Paris and Sarajevo.
    for (const zone of ['Europe/Paris', 'Europe/Sarajevo']) {
      const slot = slotInstants(
        { startsAt: '2027-03-27T20:00', endsAt: '2027-03-28T08:00', timezone: zone },
        'slot',
      );
      expect((slot.endsAt.getTime() - slot.startsAt.getTime()) / 3_600_000).toBe(11);
      expect(toLocal(slot.endsAt, zone)).toBe('2027-03-28T08:00');
    }
  });

  it('keeps the length of a slot that spans the night the clocks go back', () => {
    const slot = slotInstants(
      { startsAt: '2027-10-30T20:00', endsAt: '2027-10-31T08:00', timezone: 'Europe/Paris' },
      'slot',
    );
    expect((slot.endsAt.getTime() - slot.startsAt.getTime()) / 3_600_000).toBe(13);
  });

  it('refuses a time the clocks skip, naming the field', () => {
    const attempt = () => toInstant('2027-03-28T02:30', 'Europe/Sarajevo', 'slots.0.startsAt');
    expect(attempt).toThrow(AppError);
    expect(refusal(attempt)).toBe(
      '2027-03-28 02:30 does not exist in Europe/Sarajevo: the clocks change then.',
    );
  });

  it('refuses an end before the start', () => {
    expect(
      refusal(() =>
        slotInstants(
          { startsAt: '2027-01-14T18:00', endsAt: '2027-01-14T17:00', timezone: 'Europe/Paris' },
          's',
        ),
      ),
    ).toBe('A meetup ends after it starts.');
  });
});

describe('nextDueOn', () => {
  it('adds the cadence to the last meetup, or is today for a new series', () => {
    const today = new Date('2026-11-23T10:00:00Z');
    expect(nextDueOn(new Date('2026-05-21T16:00:00Z'), 6, 'Europe/Paris', today)).toBe(
      '2026-11-21',
    );
    expect(nextDueOn(null, 6, 'Europe/Paris', today)).toBe('2026-11-23');
  });
});

describe('suggestSlots', () => {
  it('offers three Thursday afternoons around the due day, none in the next two weeks', () => {
    const slots = suggestSlots('2027-05-20', 'Europe/Paris', 180, new Date('2026-11-23T10:00:00Z'));
    expect(slots).toEqual([
      { startsAt: '2027-05-13T14:00', endsAt: '2027-05-13T17:00', timezone: 'Europe/Paris' },
      { startsAt: '2027-05-20T14:00', endsAt: '2027-05-20T17:00', timezone: 'Europe/Paris' },
      { startsAt: '2027-05-27T14:00', endsAt: '2027-05-27T17:00', timezone: 'Europe/Paris' },
    ]);
    const overdue = suggestSlots(
      '2026-11-01',
      'Europe/Paris',
      120,
      new Date('2026-11-23T10:00:00Z'),
    );
    expect(overdue).toHaveLength(3);
    expect(overdue.every((slot) => slot.startsAt >= '2026-12-07')).toBe(true);
  });
});
