/// <reference path="../../lib/email-reply-parser.d.ts" />
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { formatMsg } from '@praxis/i18n/translate';
import { eq } from 'drizzle-orm';
import EmailReplyParser from 'email-reply-parser';
import type { ParsedMail } from 'mailparser';
import { type MailContent, renderMail } from '../../lib/mail-layout.tsx';
import type { InboundMail } from '../../plugins/inbound-mail.ts';
import { uploadMailFiles } from '../attachments/attachments.service.ts';
import { messageByMail } from '../chat/mail-replies.service.ts';
import { accountColumns } from '../members/account-columns.ts';
import { replyByMail } from '../threads/mail-replies.service.ts';
import { deliveriesSince, queueMail } from './deliveries.ts';
import { languageOf, type MailOptions } from './email.jobs.ts';
import { vouchedFor } from './mail-authentication.ts';
import { findReplyAddress, type ReplyTarget } from './reply-addresses.ts';

/** Refusals one member gets at most per hour, so a reply address cannot be made to spam. */
const REFUSALS_PER_HOUR = 5;

/** A header's value as it arrived (unfolded, lower-cased); empty when the mail has none. */
function header(parsed: ParsedMail, name: string): string {
  const found = parsed.headerLines.find(({ key }) => key === name);
  if (!found) return '';
  return found.line
    .slice(found.line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether a machine sent the mail (an out-of-office, a bounce, a list's copy): it is never
 * posted, and never answered, so that two robots cannot write to each other forever (RFC 3834).
 */
export function isAutomatic(mail: InboundMail): boolean {
  const { parsed } = mail;
  const autoSubmitted = header(parsed, 'auto-submitted');
  const from = parsed.from?.value[0]?.address ?? '';
  return (
    mail.envelopeSender === '' ||
    (autoSubmitted !== '' && autoSubmitted !== 'no') ||
    ['bulk', 'junk', 'list', 'auto_reply'].includes(header(parsed, 'precedence')) ||
    parsed.headerLines.some(({ key }) =>
      ['x-autoreply', 'x-autorespond', 'list-id'].includes(key),
    ) ||
    header(parsed, 'content-type').startsWith('multipart/report') ||
    /^(mailer-daemon|postmaster)@/i.test(from)
  );
}

/**
 * What the person wrote, without the mail they answered, reply headers or signature: the text
 * part, or where there is none the HTML part as text (mailparser converts it, blockquotes as
 * `>` quotes). Outlook's header block without a separator line is cut too.
 */
export function newText(parsed: ParsedMail): string {
  const source = (parsed.text ?? '').replace(/\r\n?/g, '\n');
  const visible = new EmailReplyParser().parseReply(source);
  const header =
    /^[ \t]*\*?(From|Von|De|Od):\*?[ \t].*\n[ \t]*\*?(Sent|Date|Gesendet|Envoyé|Poslano):/im;
  const cut = header.exec(visible);
  return (cut ? visible.slice(0, cut.index) : visible)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Files attached to the mail; pictures inside the HTML (a signature's logo) do not count. */
const attachedFiles = (parsed: ParsedMail) =>
  parsed.attachments.filter((attachment) => !attachment.related);

async function memberOf(db: Db, memberId: string) {
  const [row] = await db
    .select({
      ...accountColumns,
      deactivatedAt: members.deactivatedAt,
    })
    .from(members)
    .where(eq(members.id, memberId));
  return row ?? null;
}

/** A member a reply address was made for: where their refusals go, in their language. */
type Recipient = { id: string; email: string; locale: string | null };

/** Why an answer by e-mail was not posted; each has its own why and what-to-do. */
type ReplyRefusalReason =
  | 'expired'
  | 'not_authenticated'
  | 'no_access'
  | 'locked'
  | 'empty'
  | 'refused';

type Refusal =
  /** Someone else wrote to the member's address: the member hears who, and nothing more. */
  | { reason: 'wrong_sender'; sender: string }
  | {
      reason: ReplyRefusalReason;
      /** Where they can answer instead. */
      target?: ReplyTarget;
      problem?: string;
    };

/**
 * A short mail saying why nothing was posted and what to do, to the member the reply address is
 * for and never to the From line, which anybody can write: so Praxis cannot be made to mail
 * strangers. At most `REFUSALS_PER_HOUR` an hour to one member. Only a mail the member surely
 * wrote (from their address, vouched for) is quoted by its subject and threaded with it.
 */
async function refuse(
  db: Db,
  mail: InboundMail,
  now: Date,
  options: MailOptions,
  member: Recipient,
  refusal: Refusal,
) {
  const outcome = `refused: ${refusal.reason}`;
  const to = member.email.toLowerCase();
  const sent = await deliveriesSince(
    db,
    { address: to },
    'refusal',
    new Date(now.getTime() - 3600_000),
  );
  if (sent >= REFUSALS_PER_HOUR) return `${outcome}, too many answers already`;

  const language = languageOf(options, member);
  const { t } = language;
  const { publicOrigin } = options;
  const openPraxis = { label: t('mail.action.openPraxis'), href: publicOrigin };
  const footer = { reason: t('mail.refusal.footer'), links: [openPraxis] };
  const subject = mail.parsed.subject?.trim().slice(0, 200);
  const theirs = refusal.reason !== 'wrong_sender' && refusal.reason !== 'not_authenticated';
  let content: MailContent;
  if (refusal.reason === 'wrong_sender') {
    content = {
      lang: language.tag,
      preview: t('mail.stranger.preview'),
      heading: t('mail.stranger.heading'),
      intro: [t('mail.stranger.why', { sender: refusal.sender }), t('mail.stranger.todo')],
      action: openPraxis,
      footer,
    };
  } else {
    const { reason, target } = refusal;
    // What Praxis said of the text may be a catalog reference, in the member's language too.
    const problem = formatMsg(language.locale, refusal.problem ?? '');
    content = {
      lang: language.tag,
      preview: t('mail.refusal.preview'),
      heading: t('mail.refusal.heading'),
      intro: [t(`mail.refusal.${reason}.why`, { problem }), t(`mail.refusal.${reason}.todo`)],
      action: !target
        ? openPraxis
        : 'threadId' in target
          ? {
              label: t('mail.action.openThread'),
              href: `${publicOrigin}/threads/${target.threadId}`,
            }
          : {
              label: t('mail.action.openConversation'),
              href: `${publicOrigin}/chat/${target.roomId}`,
            },
      footer,
    };
  }
  await queueMail(db, {
    memberId: member.id,
    purpose: 'refusal',
    message: {
      to,
      subject:
        refusal.reason === 'wrong_sender'
          ? t('mail.stranger.subject')
          : theirs && subject
            ? t('mail.refusal.subject', { subject })
            : t('mail.refusal.subjectWithout'),
      ...(await renderMail(content)),
      ...(theirs ? { inReplyTo: mail.messageId, references: [mail.messageId] } : {}),
      headers: { 'Auto-Submitted': 'auto-replied' },
    },
  });
  return outcome;
}

/**
 * Posts an answer that came to `reply+<token>@domain` as the member the address was made for,
 * in its thread or room, or refuses it with a mail to that member. Runs in the job's transaction
 * with the mail's being handled, so a mail delivered twice (stored once) is posted once.
 */
export async function handleReply(
  db: Db,
  mail: InboundMail,
  now: Date,
  options: MailOptions,
): Promise<string> {
  if (isAutomatic(mail)) return 'ignored: sent by a machine';
  // The listener refused unknown addresses; this one was forgotten since it took the mail.
  const address = await findReplyAddress(db, mail.token);
  const member = address ? await memberOf(db, address.memberId) : null;
  if (!address || !member) return 'ignored: no such reply address';
  // One author, named alone: `member@x.org, other@y.org` or a group is nobody's mail.
  const authors = mail.parsed.from?.value ?? [];
  const single = authors.length === 1 && !authors[0]?.group;
  const from = single ? (authors[0]?.address?.toLowerCase() ?? '') : '';
  if (from !== member.email.toLowerCase()) {
    const sender = (from || mail.envelopeSender).slice(0, 254);
    return refuse(db, mail, now, options, member, { reason: 'wrong_sender', sender });
  }
  const authservId = options.mail.inbound?.authservId ?? null;
  if (!vouchedFor(mail.parsed.headerLines, from, authservId)) {
    return refuse(db, mail, now, options, member, { reason: 'not_authenticated' });
  }
  const target: ReplyTarget | null = address.threadId
    ? { threadId: address.threadId }
    : address.roomId
      ? { roomId: address.roomId }
      : null;
  const known = target ? { target } : {};
  if (address.expiresAt <= now) {
    return refuse(db, mail, now, options, member, { reason: 'expired', ...known });
  }
  if (member.deactivatedAt || !target) {
    return refuse(db, mail, now, options, member, { reason: 'no_access' });
  }
  const written = newText(mail.parsed);
  if (!written) return refuse(db, mail, now, options, member, { reason: 'empty', ...known });
  const actor: AccountMember = {
    id: member.id,
    email: member.email,
    name: member.name,
    role: member.role,
    locale: member.locale,
  };
  // A reply keeps the pictures and PDFs that pass the uploads' checks; a chat message takes none.
  const files = attachedFiles(mail.parsed);
  const kept =
    'threadId' in target && files.length > 0
      ? await uploadMailFiles(db, actor, files)
      : { ids: [], leftOut: files.length };
  // The note is posted with the answer, in its author's language.
  const note =
    'threadId' in target ? 'mail.reply.someAttachmentsLeftOut' : 'mail.reply.attachmentsNote';
  const body = kept.leftOut > 0 ? `${written}\n\n${languageOf(options, member).t(note)}` : written;
  const posted =
    'threadId' in target
      ? await replyByMail(db, actor, target.threadId, body, kept.ids)
      : await messageByMail(db, actor, target.roomId, body, mail.messageId);
  if (posted.ok) {
    return 'replyId' in posted
      ? `posted reply ${posted.replyId}`
      : `posted message ${posted.messageId}`;
  }
  if (posted.reason === 'refused') {
    const problem = posted.message;
    return refuse(db, mail, now, options, member, { reason: 'refused', problem, ...known });
  }
  return refuse(db, mail, now, options, member, {
    reason: posted.reason,
    ...(posted.reason === 'locked' ? { target } : {}),
  });
}
