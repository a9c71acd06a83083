import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, demoProfile } from './demo-people.ts';

// Written out apart from the seed, so that a slip in the seed's tables cannot agree with itself.
const KNOWN_CITIES: Record<string, string> = {
  Sarajevo: 'BA',
  Mostar: 'BA',
  Tuzla: 'BA',
  Zenica: 'BA',
  'Banja Luka': 'BA',
  Belgrade: 'RS',
  'Novi Sad': 'RS',
  Zagreb: 'HR',
  Split: 'HR',
  Paris: 'FR',
  Lyon: 'FR',
  Nantes: 'FR',
  Lille: 'FR',
  Bordeaux: 'FR',
  Rennes: 'FR',
  Lisbon: 'PT',
  Porto: 'PT',
  Brussels: 'BE',
  Ghent: 'BE',
};

const alumni = Array.from({ length: 70 }, (_, index) => demoProfile(index));

describe('the demo network’s alumni', () => {
  it('each say something of their own in their headline', () => {
    const seen = new Map<string, number>();
    const repeated = alumni.flatMap((alumnus, index) => {
      const first = seen.get(alumnus.headline);
      seen.set(alumnus.headline, first ?? index + 1);
      return first === undefined
        ? []
        : [`member${index + 1} repeats member${first}: ${alumnus.headline}`];
    });
    expect(repeated).toEqual([]);
  });

  it('live in a known city of their country, where their organisation sits', () => {
    const seats = new Map(
      DEMO_ORGANISATIONS.map((organisation) => [organisation.name, organisation]),
    );
    const misplaced = alumni.flatMap((alumnus, index) => {
      const seat = seats.get(alumnus.organisation);
      const fits =
        KNOWN_CITIES[alumnus.city] === alumnus.country &&
        seat?.city === alumnus.city &&
        seat.country === alumnus.country;
      return fits
        ? []
        : [`member${index + 1}: ${alumnus.organisation} · ${alumnus.city}, ${alumnus.country}`];
    });
    expect(misplaced).toEqual([]);
  });

  it('work for organisations that sit in the city their name gives, if it gives one', () => {
    const cities = Object.keys(KNOWN_CITIES);
    const contradicted = DEMO_ORGANISATIONS.filter(({ name, city }) =>
      cities.some((named) => name.includes(named) && city !== named),
    ).map(({ name, city }) => `${name} · ${city}`);
    expect(contradicted).toEqual([]);
  });

  it('are spread over several countries, so the directory’s country filter has choices', () => {
    expect(new Set(alumni.map((alumnus) => alumnus.country))).toEqual(
      new Set(['BA', 'RS', 'HR', 'FR', 'PT', 'BE']),
    );
  });
});
