import type { Database, Db } from '@praxis/db/client';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    db: Db;
  }
}

/** The server owns the database's lifecycle; the app only borrows it. */
export default fp(
  async function db(app: FastifyInstance, { database }: { database: Database }) {
    app.decorate('database', database);
    app.decorate('db', database.db);
  },
  { name: 'db' },
);
