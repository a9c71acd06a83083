import type { Locale } from '@praxis/i18n/locales';
import { mailLanguage } from '../../lib/mail-language.ts';
import { renderMail } from '../../lib/mail-layout.tsx';
import type { EmailMessage } from '../../plugins/mailer.ts';

/**
 * The invitation e-mail, for both the single invitation and the cohort queue. `locale`: the
 * network's default language, since the invitee has no profile, and so no choice, yet.
 */
export async function invitationEmail(input: {
  to: string;
  inviter: string;
  cohortName: string | null;
  url: string;
  locale: Locale;
}): Promise<EmailMessage> {
  const { t, tag } = mailLanguage(input.locale);
  const { inviter, cohortName: cohort } = input;
  const subject = cohort
    ? t('accountMail.invitation.subjectToCohort', { inviter, cohort })
    : t('accountMail.invitation.subject', { inviter });
  const { html, text } = await renderMail({
    lang: tag,
    preview: subject,
    heading: subject,
    intro: [
      t('accountMail.invitation.hello'),
      cohort
        ? t('accountMail.invitation.invitesToCohort', { inviter, cohort })
        : t('accountMail.invitation.invites', { inviter }),
      t('accountMail.invitation.link'),
    ],
    action: { label: t('accountMail.invitation.action'), href: input.url },
    footer: { reason: t('accountMail.invitation.footer', { inviter }), links: [] },
  });
  return { to: input.to, subject, text, html };
}
