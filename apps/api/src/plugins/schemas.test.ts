import fastJsonStringify from 'fast-json-stringify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nullableAsTypes } from './schemas.ts';

const Card = z.object({
  id: z.uuid(),
  cohort: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  headline: z.string().nullable(),
  seenAt: z.iso.datetime().nullable(),
  count: z.number().nullable(),
  tier: z.enum(['gold', 'silver']).nullable(),
  kind: z.literal('card').nullable(),
  either: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]),
});
const jsonSchema = () =>
  z.toJSONSchema(Card, { io: 'output', target: 'draft-07', unrepresentable: 'any' });
const withAnyOf = fastJsonStringify(jsonSchema() as never);
const withTypes = fastJsonStringify(nullableAsTypes(jsonSchema()) as never);

const id = '0b7f0e8e-6a43-4f7e-9d2c-0a4c8c1f2b11';
const full = {
  id,
  cohort: { id, name: 'Cohort 2024' },
  headline: 'Procurement',
  seenAt: '2026-12-06T10:00:00.000Z',
  count: 3,
  tier: 'gold',
  kind: 'card',
  either: { b: 2 },
};
const empty = {
  ...full,
  cohort: null,
  headline: null,
  seenAt: null,
  count: null,
  tier: null,
  kind: null,
  either: { a: 'x' },
};

describe('nullableAsTypes', () => {
  it('turns a nullable of one type into a type list, and leaves unions and constants as they are', () => {
    const schema = nullableAsTypes(jsonSchema()) as {
      properties: Record<string, Record<string, unknown>>;
    };
    const { cohort, headline, tier, kind, either } = schema.properties;
    expect(cohort?.type).toEqual(['object', 'null']);
    expect(cohort?.anyOf).toBeUndefined();
    expect(headline).toEqual({ type: ['string', 'null'] });
    expect(tier).toMatchObject({ type: ['string', 'null'], enum: ['gold', 'silver'] });
    expect(kind?.anyOf).toHaveLength(2);
    expect(either?.anyOf).toHaveLength(2);
  });

  it('serialises every value, null or not, exactly as the anyOf schema does', () => {
    for (const value of [full, empty]) {
      expect(withTypes(value)).toBe(withAnyOf(value));
      expect(JSON.parse(withTypes(value))).toEqual(value);
    }
  });

  it('still drops what the schema does not name, inside a nullable object too', () => {
    const leaky = { ...full, passwordHash: 'x', cohort: { id, name: 'C', secret: 'y' } };
    const written = JSON.parse(withTypes(leaky));
    expect(written.passwordHash).toBeUndefined();
    expect(written.cohort).toEqual({ id, name: 'C' });
  });
});
