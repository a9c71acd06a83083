import type { Locale } from '@praxis/i18n/locales';
import type { Translate } from '@praxis/i18n/translate';
import { mailLanguage } from '../../lib/mail-language.ts';
import { renderMail } from '../../lib/mail-layout.tsx';
import type { EmailMessage } from '../../plugins/mailer.ts';

// Mails about one's own account, in the member's language: they go whatever the e-mail settings
// say, so their footer says why.

const footer = (t: Translate) => ({ reason: t('accountMail.footer'), links: [] });

/** Sent once per window when wrong passwords start slowing down sign-in to an account. */
export async function loginUnlockEmail(input: {
  to: string;
  name: string;
  url: string;
  locale: Locale;
}): Promise<EmailMessage> {
  const { t, tag } = mailLanguage(input.locale);
  const subject = t('accountMail.unlock.subject');
  const { html, text } = await renderMail({
    lang: tag,
    preview: t('accountMail.unlock.preview'),
    heading: subject,
    intro: [
      t('accountMail.hello', { name: input.name }),
      t('accountMail.unlock.why'),
      t('accountMail.unlock.link'),
      t('accountMail.unlock.notYou'),
    ],
    action: { label: t('accountMail.unlock.action'), href: input.url },
    footer: footer(t),
  });
  return { to: input.to, subject, text, html };
}

/** The link to choose a new password, after someone asked on the sign-in page. */
export async function passwordResetEmail(input: {
  to: string;
  name: string;
  url: string;
  locale: Locale;
}): Promise<EmailMessage> {
  const { t, tag } = mailLanguage(input.locale);
  const subject = t('accountMail.reset.subject');
  const { html, text } = await renderMail({
    lang: tag,
    preview: t('accountMail.reset.preview'),
    heading: subject,
    intro: [
      t('accountMail.hello', { name: input.name }),
      t('accountMail.reset.asked'),
      t('accountMail.reset.notYou'),
    ],
    action: { label: t('accountMail.reset.action'), href: input.url },
    footer: footer(t),
  });
  return { to: input.to, subject, text, html };
}

/** The link that moves the account to a new address, sent to that address. */
export async function emailChangeEmail(input: {
  to: string;
  name: string;
  url: string;
  locale: Locale;
}): Promise<EmailMessage> {
  const { t, tag } = mailLanguage(input.locale);
  const subject = t('accountMail.emailChange.subject');
  const { html, text } = await renderMail({
    lang: tag,
    preview: t('accountMail.emailChange.preview'),
    heading: subject,
    intro: [
      t('accountMail.hello', { name: input.name }),
      t('accountMail.emailChange.asked'),
      t('accountMail.emailChange.notYou'),
    ],
    action: { label: t('accountMail.emailChange.action'), href: input.url },
    footer: footer(t),
  });
  return { to: input.to, subject, text, html };
}

/**
 * Told to the address the account may leave, with the way to react if it was not the member:
 * cancel the change (a single-use link, no sign-in needed), then choose a new password, since
 * whoever asked knew the old one.
 */
export async function emailChangeNoticeEmail(input: {
  to: string;
  name: string;
  newEmail: string;
  cancelUrl: string;
  locale: Locale;
}): Promise<EmailMessage> {
  const { t, tag } = mailLanguage(input.locale);
  const subject = t('accountMail.emailChangeNotice.subject');
  const { html, text } = await renderMail({
    lang: tag,
    preview: t('accountMail.emailChangeNotice.preview', { newEmail: input.newEmail }),
    heading: subject,
    intro: [
      t('accountMail.hello', { name: input.name }),
      t('accountMail.emailChangeNotice.asked', { newEmail: input.newEmail }),
      t('accountMail.emailChangeNotice.notYou'),
      t('accountMail.emailChangeNotice.password'),
    ],
    action: { label: t('accountMail.emailChangeNotice.action'), href: input.cancelUrl },
    footer: footer(t),
  });
  return { to: input.to, subject, text, html };
}
