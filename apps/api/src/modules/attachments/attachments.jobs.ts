import type { FastifyPluginAsync } from 'fastify';
import { deleteExpiredUploads } from './attachments.service.ts';

/** Unattached uploads only take room, and expire after a day: once an hour is often enough. */
const CLEAN_UP_EVERY_MS = 60 * 60 * 1000;

export const attachmentJobs: FastifyPluginAsync = async (app) => {
  app.jobs.every('delete expired uploads', CLEAN_UP_EVERY_MS, (db, now) =>
    deleteExpiredUploads(db, now),
  );
};
