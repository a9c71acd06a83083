import type { AccountMember } from '@praxis/contracts/members';
import type { PushMessage } from '@praxis/contracts/push';
import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { mailLanguage } from '../../lib/mail-language.ts';
import { shorten } from '../../lib/mail-layout.tsx';
import { loadNoticeRecords } from '../email/notice-mail.content.ts';
import { sentenceOf } from '../email/notice-mail.sentences.ts';
import {
  conversationKey,
  conversationOf,
  type MailableNotification,
} from '../notifications/notifications.mail.ts';

/** A push message's body is a glance, as the bell shows it: the start of a message, at most. */
const BODY_CHARS = 140;

/** Where the notification leads, as the bell's link does. */
export function pathOf(row: MailableNotification): string {
  if (row.roomId) return `/chat/${row.roomId}`;
  if (row.meetupId) return `/meetups/${row.meetupId}`;
  if (row.threadId) return `/threads/${row.threadId}${row.replyId ? `#reply-${row.replyId}` : ''}`;
  if (row.detail.showcaseItemId) return `/published/${row.detail.showcaseItemId}`;
  return '/notifications';
}

/**
 * What a notification's push says, in the member's language: the sentence its e-mail would
 * have as a subject ("Ana sent you a message"), the excerpt the bell shows, and the link. A
 * newer push about the same conversation replaces the older one on the device (`tag`).
 */
export async function pushMessageOf(
  db: Db,
  member: AccountMember,
  locale: Locale,
  row: MailableNotification,
  publicOrigin: string,
): Promise<PushMessage> {
  const language = mailLanguage(locale);
  const records = await loadNoticeRecords(db, member, language, [row], row.createdAt);
  return {
    title: sentenceOf(language, records, row),
    body: shorten(row.detail.excerpt ?? '', BODY_CHARS),
    url: `${publicOrigin}${pathOf(row)}`,
    tag: conversationKey(conversationOf(row)),
    memberId: member.id,
    generic: language.t('mail.push.somethingNew'),
  };
}
