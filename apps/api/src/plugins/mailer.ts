import type { Db } from '@praxis/db/client';
import { outboxEmails } from '@praxis/db/schema/outbox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** The envelope sender bounces go to (a VERP address); by default the From address. */
  returnPath?: string;
  /** Without angle brackets' absence: `<id@domain>`. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** Further headers: List-Unsubscribe, List-Id, Auto-Submitted, … */
  headers?: Record<string, string>;
  /** An invitation's calendar event, as `METHOD:REQUEST` or `METHOD:CANCEL`. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string };
}

/** What the SMTP server answered a mail: its last reply line, or the error it gave. */
export interface MailReport {
  accepted: boolean;
  response: string;
}

export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  send(message: EmailMessage): Promise<void>;
  /** Sends at once and says what the server answered, refusals included (an admin's test). */
  sendAndReport(message: EmailMessage): Promise<MailReport>;
  close(): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

/**
 * MAIL_FROM, or, where it was not set, its address under the network's name: mail from
 * "Transfo Alumni" rather than from "Praxis".
 */
function sender(config: Pick<Config, 'mailFrom'>, networkName: (() => string) | undefined) {
  const address = /<([^>]+)>/.exec(config.mailFrom)?.[1];
  return () => (networkName && address ? { name: networkName(), address } : config.mailFrom);
}

export function createMailer(
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>,
  db: Db,
  networkName?: () => string,
): Mailer {
  const from = sender(config, networkName);
  const { smtpUrl } = config;
  if (!smtpUrl) {
    const send = async (message: EmailMessage) => {
      await db.insert(outboxEmails).values({
        recipient: message.to,
        subject: message.subject,
        bodyText: message.text,
      });
    };
    return {
      transport: 'outbox',
      send,
      async sendAndReport(message) {
        await send(message);
        return { accepted: true, response: 'outbox' };
      },
      close() {},
    };
  }
  // Well within a job's lease: a send that hangs fails and is retried, never sent twice.
  const smtp = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const sendMail = ({ returnPath, calendar, ...message }: EmailMessage) =>
    smtp.sendMail({
      from: from(),
      ...message,
      ...(returnPath ? { envelope: { from: returnPath, to: message.to } } : {}),
      ...(calendar
        ? {
            icalEvent: {
              method: calendar.method,
              filename: 'meetup.ics',
              content: calendar.ics,
            },
          }
        : {}),
    });
  return {
    transport: 'smtp',
    async send(message) {
      await sendMail(message);
    },
    async sendAndReport(message) {
      try {
        const info = await sendMail(message);
        return { accepted: info.rejected.length === 0, response: String(info.response ?? '') };
      } catch (error) {
        const { response, message: text } = error as { response?: string; message?: string };
        return { accepted: false, response: response ?? text ?? String(error) };
      }
    },
    close: () => smtp.close(),
  };
}

export default fp(
  async function mailer(app: FastifyInstance, { config }: { config: Config }) {
    const networkName = config.network.mailFromSet ? undefined : () => app.network.current().name;
    const instance = createMailer(config, app.db, networkName);
    app.decorate('mailer', instance);
    app.addHook('onClose', async () => instance.close());
  },
  { name: 'mailer', dependencies: ['db', 'network'] },
);
