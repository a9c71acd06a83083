import { pgEnum } from 'drizzle-orm/pg-core';

/**
 * Where a pilot project stands: from an idea to scale, or stopped (which is a lesson too). A
 * lesson keeps the stage its practice had reached, so both tables use it.
 */
export const pilotStage = pgEnum('pilot_stage', ['idea', 'concept', 'pilot', 'scaled', 'stopped']);
