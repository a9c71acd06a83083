import { useIntl } from 'react-intl';
import { AuthCard } from '../../components/auth-card.tsx';
import type { MessageId } from '../../lib/i18n/message-ids.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { plainDate } from '../../lib/zoned-time.ts';
import { useAccessibilityContact } from './api/get-accessibility-contact.ts';

/** The day the statement was last checked against the product; change it with the gaps. */
const PREPARED_ON = '2026-12-04';

/**
 * What does not meet WCAG 2.1 AA, or has not been checked, as far as the checks and the team
 * know; the browser tests (apps/web/e2e/accessibility.e2e.ts) hold the rest to it.
 */
const KNOWN_GAPS: MessageId[] = [
  'accessibility.gaps.memberContent',
  'accessibility.gaps.coverage',
  'accessibility.gaps.mailAndCalendar',
];

/**
 * The accessibility statement, on the model of the EU Web Accessibility Directive's: the
 * commitment, how far Praxis conforms and where it does not, how that was checked, whom to
 * tell, and where to turn next. Signed out, it sits in the sign-in pages' frame.
 */
export function AccessibilityPage({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  const title = t('accessibility.page.title');
  if (!signedIn) {
    return (
      <AuthCard title={title} wide>
        <Statement />
      </AuthCard>
    );
  }
  return <SignedInStatement title={title} />;
}

function SignedInStatement({ title }: { title: string }) {
  useDocumentTitle(title);
  return (
    <article className="page narrow statement">
      <h1>{title}</h1>
      <Statement />
    </article>
  );
}

function Statement() {
  const t = useT();
  const { locale } = useIntl();
  return (
    <div className="statement-text">
      <p>{t('accessibility.page.commitment')}</p>
      <p>{t('accessibility.page.scope', { site: window.location.host })}</p>

      <h2>{t('accessibility.status.heading')}</h2>
      <p>
        <T id="accessibility.status.text" />
      </p>

      <h2>{t('accessibility.gaps.heading')}</h2>
      <p>{t('accessibility.gaps.intro')}</p>
      <ul>
        {KNOWN_GAPS.map((gap) => (
          <li key={gap}>{t(gap)}</li>
        ))}
      </ul>

      <h2>{t('accessibility.assessment.heading')}</h2>
      <p>{t('accessibility.assessment.automated')}</p>
      <p>{t('accessibility.assessment.manual')}</p>
      <p>{t('accessibility.assessment.prepared', { date: plainDate(PREPARED_ON, locale) })}</p>

      <h2>{t('accessibility.feedback.heading')}</h2>
      <p>{t('accessibility.feedback.intro')}</p>
      <Contact />

      <h2>{t('accessibility.enforcement.heading')}</h2>
      <p>{t('accessibility.enforcement.text')}</p>
    </div>
  );
}

/** The address the network set for this, or, without one (or the server), its organisers. */
function Contact() {
  const t = useT();
  const contact = useAccessibilityContact();
  if (contact.isPending) return null;
  const email = contact.data?.email;
  if (!email) return <p>{t('accessibility.feedback.organisers')}</p>;
  return (
    <p>
      <T
        id="accessibility.feedback.email"
        values={{ email, link: (chunks) => <a href={`mailto:${email}`}>{chunks}</a> }}
      />
    </p>
  );
}
