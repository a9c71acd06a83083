import type { FastifyPluginAsync } from 'fastify';
import { applyRetention } from './retention.service.ts';

/** Limits are counted in months: four runs a day keep within hours of them. */
const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

export const settingsJobs: FastifyPluginAsync = async (app) => {
  app.jobs.every('apply retention limits', RETENTION_EVERY_MS, (db, now) =>
    applyRetention(db, now, app.network.current().name),
  );
};
