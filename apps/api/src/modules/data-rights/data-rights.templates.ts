import type { Locale } from '@praxis/i18n/locales';
import { mailLanguage } from '../../lib/mail-language.ts';
import { renderMail } from '../../lib/mail-layout.tsx';
import type { EmailMessage } from '../../plugins/mailer.ts';

/** The export is ready: a link to the page that downloads it, for the member signed in. */
export async function exportReadyEmail(input: {
  to: string;
  name: string;
  url: string;
  expiresAt: Date;
  locale: Locale;
}): Promise<EmailMessage> {
  const { t, tag, date } = mailLanguage(input.locale);
  const subject = t('dataRights.mail.subject');
  const until = date(input.expiresAt, 'UTC', { day: 'numeric', month: 'long', year: 'numeric' });
  const { html, text } = await renderMail({
    lang: tag,
    preview: t('dataRights.mail.preview'),
    heading: subject,
    intro: [
      t('dataRights.mail.hello', { name: input.name }),
      t('dataRights.mail.ready', { until }),
      t('dataRights.mail.notYou'),
    ],
    action: { label: t('dataRights.mail.action'), href: input.url },
    footer: { reason: t('dataRights.mail.footer'), links: [] },
  });
  return { to: input.to, subject, text, html };
}
