import type { ShowcaseCredit, ShowcaseItem } from '@praxis/contracts/showcase';
import { useT } from '../lib/i18n/use-t.tsx';
import { AuthorLink } from './author-link.tsx';

/** A lesson's credits are its authors and its sources' authors; a pilot's, its team's roles. */
function roleOf(t: ReturnType<typeof useT>, credit: ShowcaseCredit) {
  if (credit.role === 'author') return t('showcase.credit.author');
  if (credit.role === 'source') return t('showcase.credit.source');
  return credit.role;
}

/** Where an item stands: waiting for answers, on the public pages, or taken down and why. */
export function ShowcaseStatusLine({ item }: { item: ShowcaseItem }) {
  const t = useT();
  const waiting = item.credits.filter((credit) => credit.answer === 'pending').length;
  return (
    <p className="showcase-status">
      <span className={`showcase-badge showcase-badge-${item.status}`}>
        {t(`showcase.status.${item.status}`)}
      </span>{' '}
      {item.status === 'awaiting_consent' && t('showcase.status.waitingFor', { count: waiting })}
      {item.status === 'withdrawn' &&
        item.withdrawal &&
        t(`showcase.withdrawal.${item.withdrawal}`)}
    </p>
  );
}

/** Everyone an item names, with how each chose to be shown (or that they were not asked yet). */
export function ShowcaseCredits({ item }: { item: ShowcaseItem }) {
  const t = useT();
  if (item.credits.length === 0) return null;
  return (
    <ul className="showcase-credits">
      {item.credits.map((credit) => (
        <li key={`${credit.member.id}-${credit.role}`}>
          <AuthorLink author={credit.member} />
          {credit.role && <span className="muted"> · {roleOf(t, credit)}</span>}
          <span className={`showcase-answer showcase-answer-${credit.answer}`}>
            {t(`showcase.answer.${credit.answer}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
