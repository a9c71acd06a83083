import { pgEnum } from 'drizzle-orm/pg-core';

/** Where in (or out of) government a post sits; 'outside_government' marks alumni who left. */
export const governmentLevel = pgEnum('government_level', [
  'local',
  'regional',
  'national',
  'eu_international',
  'outside_government',
]);
