import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Db } from '@praxis/db/client';
import { inboundEmails } from '@praxis/db/schema/inbound-mail';
import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { MailConfig } from '../config.ts';
import { enqueue } from './job-queue.ts';

/** The job that hands one accepted mail to the module that registered its address's prefix. */
export const INBOUND_MAIL = 'inbound_mail';
/** The largest mail the listener takes (RFC 1870 SIZE); a larger one is refused with 552. */
export const MAX_INBOUND_BYTES = 10 * 1024 * 1024;
/** Recipients one mail may name: each is stored with its own copy of the mail. */
const MAX_RECIPIENTS = 5;
/** Connections one address may hold open at once: the organisation's relay needs a few. */
const MAX_CONNECTIONS_PER_ADDRESS = 5;
/** How long one connection may last, however busy: the idle timeout alone lets a trickle go on. */
const SESSION_DEADLINE_MS = 10 * 60 * 1000;
/** How long a handled mail is kept: long enough to know a late second delivery of it. */
export const INBOUND_KEEP_DAYS = 30;

/** A mail the listener accepted, as a module's handler gets it. */
export interface InboundMail {
  id: string;
  /** The envelope recipient, its domain lower-cased: `<prefix>+<token>@<domain>`. */
  recipient: string;
  /** What follows `<prefix>+` in the recipient, as it arrived. */
  token: string;
  /** The envelope sender (return path); empty for the null sender bounces come from. */
  envelopeSender: string;
  messageId: string;
  parsed: ParsedMail;
}

/**
 * Does what a mail to one prefix asks, in the job's transaction (so what it posts and the mail
 * being handled commit together), and says what became of it, in a few words kept with the mail.
 */
export type InboundMailHandler = (db: Db, mail: InboundMail, now: Date) => Promise<string>;

/** What a module that takes a prefix says about its addresses. */
export interface InboundMailRoute {
  /**
   * Whether `token` is one the module gave out, asked at RCPT TO: mail to any other address is
   * refused there with 550, so it is never stored and nothing is sent back for it.
   */
  accepts(db: Db, token: string): Promise<boolean>;
  /** What the 550 says when `accepts` says no (the sender's own server reports it). */
  unknown?: string;
  handle: InboundMailHandler;
}

export interface InboundMailRouter {
  /** Takes mail to `<prefix>+<token>@<domain>`; the listener refuses prefixes nobody took. */
  on(prefix: string, route: InboundMailRoute): void;
  /** Where the listener listens, once ready; null when reply by e-mail is off. */
  address(): { host: string; port: number } | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    inboundMail: InboundMailRouter;
  }
}

/** Splits `prefix+token@domain`, or null for any other address. */
export function inboundAddress(address: string, domain: string) {
  const match = /^([a-z]+)\+([A-Za-z0-9_-]+)@([^@]+)$/i.exec(address.trim());
  if (!match?.[1] || !match[2] || match[3]?.toLowerCase() !== domain) return null;
  return {
    prefix: match[1].toLowerCase(),
    token: match[2],
    recipient: `${match[1]}+${match[2]}@${domain}`,
  };
}

/**
 * The mail's Message-ID, read from its header block; a mail without one gets one made from a hash
 * of its bytes, so the same mail delivered twice is still known as the same.
 */
export function messageIdOf(raw: Buffer): string {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, end < 0 ? Math.min(raw.length, 64 * 1024) : end).toString('latin1');
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const found = /^message-id:[ \t]*(<[^>\r\n]{1,900}>)/im.exec(unfolded)?.[1];
  return found ?? `<${createHash('sha256').update(raw).digest('hex')}@praxis.hash>`;
}

function smtpError(message: string, responseCode: number) {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * Forgets handled mail older than `INBOUND_KEEP_DAYS`: what it did is done, and a copy of every
 * mail would otherwise pile up. Mail not handled yet stays, whatever its age.
 */
export async function pruneInboundEmails(db: Db, now: Date = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - INBOUND_KEEP_DAYS * 24 * 3600 * 1000);
  await db
    .delete(inboundEmails)
    .where(and(isNotNull(inboundEmails.handledAt), lt(inboundEmails.receivedAt, cutoff)));
}

/**
 * Praxis's own SMTP listener for reply, bounce and unsubscribe addresses. It knows no feature:
 * modules take a prefix with `app.inboundMail.on`. It accepts mail only for a token the prefix's
 * module knows, on the inbound domain, stores each accepted mail once per Message-ID and
 * recipient, and queues a job that parses it and calls the prefix's handler: nothing is handled
 * while the sending server waits, and a mail a crash interrupted is handled on the next run.
 * At most `MAX_CONNECTIONS_PER_ADDRESS` connections per address, each for at most
 * `SESSION_DEADLINE_MS`, so that no one sender can hold the listener.
 */
export default fp(
  async function inboundMail(app: FastifyInstance, { mail }: { mail: MailConfig }) {
    const routes = new Map<string, InboundMailRoute>();
    const inbound = mail.inbound;
    let server: SMTPServer | null = null;
    app.decorate('inboundMail', {
      on(prefix, route) {
        if (routes.has(prefix)) throw new Error(`inbound mail to ${prefix}+ is already taken`);
        routes.set(prefix, route);
      },
      address() {
        const address = server?.server.address() as AddressInfo | null | undefined;
        return address ? { host: address.address, port: address.port } : null;
      },
    } satisfies InboundMailRouter);

    app.jobs.register(INBOUND_MAIL, async (db, job, now) => {
      const [row] = await db
        .select()
        .from(inboundEmails)
        .where(
          and(eq(inboundEmails.id, job.payload.inboundId ?? ''), isNull(inboundEmails.handledAt)),
        );
      if (!row) return;
      const address = inbound ? inboundAddress(row.recipient, inbound.domain) : null;
      const route = address ? routes.get(address.prefix) : undefined;
      const outcome =
        address && route
          ? await route.handle(
              db,
              {
                id: row.id,
                recipient: row.recipient,
                token: address.token,
                envelopeSender: row.sender,
                messageId: row.messageId,
                parsed: await simpleParser(Buffer.from(row.raw, 'latin1'), {
                  skipImageLinks: true,
                }),
              },
              now,
            )
          : 'ignored: nobody takes mail to this address';
      await db
        .update(inboundEmails)
        .set({ handledAt: now, outcome: outcome.slice(0, 500) })
        .where(eq(inboundEmails.id, row.id));
    });
    app.jobs.every('inbound mail: forget handled mail', 24 * 3600 * 1000, (db, now) =>
      pruneInboundEmails(db, now),
    );

    if (!inbound) return;

    async function store(raw: Buffer, session: SMTPServerSession) {
      const messageId = messageIdOf(raw);
      const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      // Latin-1 keeps every byte as one character, so the job parses exactly what arrived; a
      // text column cannot hold NUL, which no mail needs.
      const text = raw.toString('latin1').replaceAll('\u0000', '');
      await app.db.transaction(async (tx) => {
        for (const { address } of session.envelope.rcptTo) {
          const parts = inboundAddress(address, inbound?.domain ?? '');
          if (!parts) continue;
          const [stored] = await tx
            .insert(inboundEmails)
            .values({ recipient: parts.recipient, messageId, sender, raw: text })
            .onConflictDoNothing()
            .returning({ id: inboundEmails.id });
          if (stored) await enqueue(tx, { kind: INBOUND_MAIL, payload: { inboundId: stored.id } });
        }
      });
    }

    function receive(
      stream: SMTPServerDataStream,
      session: SMTPServerSession,
      done: (error?: Error | null) => void,
    ) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= MAX_INBOUND_BYTES) chunks.push(chunk);
      });
      stream.on('error', (error) => done(error));
      stream.on('end', () => {
        if (stream.sizeExceeded || bytes > MAX_INBOUND_BYTES) {
          done(smtpError('5.3.4 Message too big: Praxis takes mail of at most 10 MB', 552));
          return;
        }
        store(Buffer.concat(chunks), session).then(
          () => {
            done();
            void app.jobs.kick();
          },
          (error: unknown) => {
            app.log.error({ err: error }, 'inbound mail could not be stored');
            // 451: the sending server keeps the mail and tries again later.
            done(smtpError('4.3.0 Praxis could not take the mail now; try again later', 451));
          },
        );
      });
    }

    async function checkRecipient(recipient: string) {
      const parts = inboundAddress(recipient, inbound?.domain ?? '');
      const route = parts ? routes.get(parts.prefix) : undefined;
      if (!parts || !route) return smtpError(`5.1.1 <${recipient}>: no such mailbox here`, 550);
      if (await route.accepts(app.db, parts.token)) return null;
      return smtpError(`5.1.1 ${route.unknown ?? `<${recipient}>: no such mailbox here`}`, 550);
    }

    /** Open connections per client address, and each counted connection's deadline. */
    const openPerAddress = new Map<string, number>();
    const counted = new Map<string, { address: string; deadline: NodeJS.Timeout }>();

    const smtp: SMTPServer = new SMTPServer({
      name: inbound.domain,
      banner: 'Praxis',
      size: MAX_INBOUND_BYTES,
      // Behind the organisation's mail server, which terminates TLS and authenticates senders.
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      disableReverseLookup: true,
      maxClients: 50,
      maxRecipients: MAX_RECIPIENTS,
      socketTimeout: 60_000,
      logger: false,
      onConnect(session, callback) {
        const address = session.remoteAddress;
        const open = openPerAddress.get(address) ?? 0;
        if (open >= MAX_CONNECTIONS_PER_ADDRESS) {
          callback(smtpError('Too many connections from your address; try again later', 421));
          return;
        }
        openPerAddress.set(address, open + 1);
        const deadline = setTimeout(() => {
          for (const connection of smtp.connections) {
            if (connection.id === session.id) connection.send(421, 'Session too long; goodbye');
          }
        }, SESSION_DEADLINE_MS);
        deadline.unref();
        counted.set(session.id, { address, deadline });
        callback();
      },
      onClose(session) {
        const entry = counted.get(session.id);
        if (!entry) return;
        counted.delete(session.id);
        clearTimeout(entry.deadline);
        const left = (openPerAddress.get(entry.address) ?? 1) - 1;
        if (left > 0) openPerAddress.set(entry.address, left);
        else openPerAddress.delete(entry.address);
      },
      onRcptTo(address, _session, callback) {
        checkRecipient(address.address).then(callback, (error: unknown) => {
          app.log.error({ err: error }, 'inbound mail recipient could not be checked');
          callback(
            smtpError('4.3.0 Praxis could not check this address now; try again later', 451),
          );
        });
      },
      onData: receive,
    });
    smtp.on('error', (error) => app.log.warn({ err: error }, 'inbound SMTP connection failed'));
    app.addHook('onReady', async () => {
      await new Promise<void>((resolve, reject) => {
        smtp.server.once('error', reject);
        smtp.listen(inbound.port, inbound.host, () => {
          smtp.server.off('error', reject);
          resolve();
        });
      });
      server = smtp;
      app.log.info({ port: inbound.port, domain: inbound.domain }, 'inbound SMTP listening');
    });
    app.addHook('onClose', async () => {
      if (server) await new Promise<void>((resolve) => smtp.close(() => resolve()));
    });
  },
  { name: 'inbound-mail', dependencies: ['db', 'jobs'] },
);
