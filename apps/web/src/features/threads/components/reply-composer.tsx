import { MAX_BODY } from '@praxis/contracts/thread-rules';
import type { Locale } from '@praxis/i18n/locales';
import type { FormEvent, ReactNode } from 'react';
import { Alert } from '../../../components/alert.tsx';
import {
  ContentLanguageSelect,
  useContentLanguage,
} from '../../../components/content-language-select.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { MarkdownEditor } from '../../../components/markdown-editor/markdown-editor.tsx';
import { T, useT } from '../../../lib/i18n/use-t.tsx';

export const COMPOSER_ID = 'reply-composer-body';

export interface ComposerDraft {
  body: string;
  replyTo: { id: string; authorName: string } | null;
}

/** Where a reply is written; Reply and Quote on a reply fill it in from above. */
export function ReplyComposer({
  threadId,
  draft,
  onChange,
  onSubmit,
  pending,
  waiting = false,
  error,
  closedBecause,
  attachments,
  choices,
}: {
  threadId: string;
  draft: ComposerDraft;
  onChange(draft: ComposerDraft): void;
  onSubmit(language: Locale): void;
  pending: boolean;
  /** An upload is still running: the button waits (the attachments field says why). */
  waiting?: boolean;
  error: unknown;
  /** Why the viewer cannot reply here, or null when they can. */
  closedBecause: string | null;
  /** The attachments field, shown beneath the text. */
  attachments?: ReactNode;
  /** How the reply is posted: anonymously, off the record. */
  choices?: ReactNode;
}) {
  const t = useT();
  const { message, fields } = formErrors(error);
  const { replyTo } = draft;
  const [language, setLanguage] = useContentLanguage();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!waiting) onSubmit(language);
  }

  return (
    <section className="composer" aria-labelledby="composer-heading">
      <h2 id="composer-heading">{t('threads.composer.heading')}</h2>
      {closedBecause && <p className="muted">{closedBecause}</p>}
      <form onSubmit={submit} noValidate>
        <fieldset disabled={closedBecause !== null} className="composer-fields">
          {replyTo && (
            <p className="replying-to small">
              <T
                id="threads.composer.replyingTo"
                values={{
                  name: replyTo.authorName,
                  link: (chunks) => <a href={`#reply-${replyTo.id}`}>{chunks}</a>,
                }}
              />{' '}
              <button
                type="button"
                className="button-link"
                onClick={() => onChange({ ...draft, replyTo: null })}
              >
                {t('threads.composer.replyToThread')}
              </button>
            </p>
          )}
          <MarkdownEditor
            id={COMPOSER_ID}
            label={t('threads.composer.label')}
            hint={t('threads.composer.hint')}
            rows={6}
            maxLength={MAX_BODY}
            value={draft.body}
            onChange={(body) => onChange({ ...draft, body })}
            error={fields.body ?? fields.replyToId}
            mentionsIn={{ thread: threadId }}
            draft={{ target: `reply:${threadId}` }}
          />
          {attachments}
          <ContentLanguageSelect value={language} onChange={setLanguage} />
          {choices}
          {message && !fields.body && <Alert tone="error">{message}</Alert>}
          <div className="button-row">
            <button type="submit" className="button-primary" disabled={pending || waiting}>
              {pending ? t('threads.form.posting') : t('threads.composer.submit')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
