import type { FastifyPluginAsync } from 'fastify';
import { deleteExpiredAuthRows } from './auth.service.ts';

/** Expired rows only take room, so once an hour is often enough. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export const authJobs: FastifyPluginAsync = async (app) => {
  app.jobs.every('delete expired sessions and reset links', SWEEP_EVERY_MS, (db, now) =>
    deleteExpiredAuthRows(db, now),
  );
};
