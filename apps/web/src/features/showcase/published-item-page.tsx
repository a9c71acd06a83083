import type { AccountMember } from '@praxis/contracts/members';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowcaseCredits, ShowcaseStatusLine } from '../../components/showcase-credits.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useShowcaseItem } from './api/get-item.ts';
import { ConsentForm } from './components/consent-form.tsx';
import { ShowcasePreviewText } from './components/showcase-preview.tsx';
import { UnpublishControl } from './components/unpublish-control.tsx';
import { canAnswer } from './consent-choices.ts';
import '../../components/showcase-publish-panel.css';
import './showcase.css';

/**
 * One item of the public showcase, for organisers and the people it names: what exactly goes
 * public, who is named and how, and for a named person the form that answers.
 */
export function PublishedItemPage({ member }: { member: AccountMember }) {
  const { id = '' } = useParams();
  const t = useT();
  const preview = useShowcaseItem(id);
  useDocumentTitle(preview.data?.item.title ?? t('showcase.item.title'));

  if (preview.isPending) {
    return (
      <p className="loading" role="status">
        {t('showcase.item.loading')}
      </p>
    );
  }
  if (preview.isError) {
    const missing = preview.error instanceof ApiError && preview.error.status === 404;
    return (
      <section className="page narrow">
        <h1>{t(missing ? 'showcase.item.notFound' : 'showcase.item.cannotShow')}</h1>
        <Alert tone="error">{formErrors(preview.error).message}</Alert>
        <p>
          <Link to="/published">{t('showcase.item.back')}</Link>
        </p>
      </section>
    );
  }

  const { item, myAnswer } = preview.data;
  return (
    <article className="page narrow published-item-page">
      <p className="back-link">
        <Link to="/published">{t('showcase.item.back')}</Link>
      </p>
      <p className="small muted">{t(`showcase.kind.${item.kind}`)}</p>
      <h1>{item.title}</h1>
      <ShowcaseStatusLine item={item} />
      {item.publicUrl && (
        <p>
          <a href={item.publicUrl}>{t('showcase.item.publicPage')}</a>
        </p>
      )}
      {myAnswer && canAnswer(item, myAnswer) && <ConsentForm item={item} mine={myAnswer} />}
      <section className="panel" aria-labelledby="showcase-credits-heading">
        <h2 id="showcase-credits-heading">{t('showcase.item.creditsHeading')}</h2>
        <p className="small muted">{t('showcase.item.creditsLead')}</p>
        <ShowcaseCredits item={item} />
      </section>
      <ShowcasePreviewText preview={preview.data} />
      {member.role !== 'member' && <UnpublishControl item={item} />}
    </article>
  );
}
