import type { AccountMember } from '@praxis/contracts/members';
import type { ShowcaseItem } from '@praxis/contracts/showcase';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { ShowcaseCredits, ShowcaseStatusLine } from '../../components/showcase-credits.tsx';
import { useShowcaseItems } from '../../lib/api/list-showcase-items.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { uniqueById } from '../../lib/unique-by-id.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { UnpublishControl } from './components/unpublish-control.tsx';
import { answerOf } from './consent-choices.ts';
import '../../components/showcase-publish-panel.css';
import './showcase.css';

/**
 * What goes, or went, to the public showcase. Organisers see every item with each person's
 * answer and can take one down; a member sees the items that name them, and answers each.
 */
export function PublishedPage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('showcase.list.title'));
  const organiser = member.role !== 'member';
  const items = useShowcaseItems(organiser ? 'all' : 'mine');
  const rows = uniqueById(items.data?.pages.flatMap((page) => page.items) ?? []);

  return (
    <section className="page narrow published-page">
      <h1>{t('showcase.list.title')}</h1>
      <p className="lead">{t(organiser ? 'showcase.list.leadOrganiser' : 'showcase.list.lead')}</p>
      <p>
        <a href="/showcase">{t('showcase.list.publicHome')}</a>
      </p>
      {items.isPending && (
        <p className="loading" role="status">
          {t('showcase.list.loading')}
        </p>
      )}
      {items.isError && <Alert tone="error">{formErrors(items.error).message}</Alert>}
      {items.isSuccess && rows.length === 0 && (
        <p className="empty-state">
          {t(organiser ? 'showcase.list.emptyOrganiser' : 'showcase.list.empty')}
        </p>
      )}
      {rows.length > 0 && (
        <ul className="published-list">
          {rows.map((item) => (
            <li key={item.id} className="panel">
              <PublishedRow item={item} member={member} />
            </li>
          ))}
        </ul>
      )}
      <div className="show-more">
        <ShowMoreButton list={items} />
      </div>
    </section>
  );
}

function PublishedRow({ item, member }: { item: ShowcaseItem; member: AccountMember }) {
  const t = useT();
  const mine = answerOf(item, member.id);
  return (
    <article aria-labelledby={`published-${item.id}`}>
      <p className="small muted">{t(`showcase.kind.${item.kind}`)}</p>
      <h2 id={`published-${item.id}`} className="published-title">
        <Link to={`/published/${item.id}`}>{item.title}</Link>
      </h2>
      <ShowcaseStatusLine item={item} />
      {mine === 'pending' && item.status !== 'withdrawn' && (
        <p>
          <Link className="button-primary" to={`/published/${item.id}`}>
            {t('showcase.list.answerNow')}
          </Link>
        </p>
      )}
      {mine !== null && mine !== 'pending' && (
        <p>{t('showcase.list.yourAnswer', { answer: t(`showcase.answer.${mine}`) })}</p>
      )}
      {member.role !== 'member' && <ShowcaseCredits item={item} />}
      {item.publicUrl && (
        <p>
          <a href={item.publicUrl}>{t('showcase.item.publicPage')}</a>
        </p>
      )}
      {member.role !== 'member' && <UnpublishControl item={item} />}
    </article>
  );
}
