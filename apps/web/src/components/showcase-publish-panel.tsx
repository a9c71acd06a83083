import type { ShowcaseItem } from '@praxis/contracts/showcase';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import {
  currentItemFor,
  type ShowcaseSource,
  useShowcaseItems,
} from '../lib/api/list-showcase-items.ts';
import { usePublishLesson, usePublishPilot } from '../lib/api/publish-to-showcase.ts';
import { useT } from '../lib/i18n/use-t.tsx';
import { Alert } from './alert.tsx';
import { fieldError, formErrors } from './form-errors.ts';
import { TextAreaField } from './form-field.tsx';
import { ShowcaseCredits, ShowcaseStatusLine } from './showcase-credits.tsx';
import './showcase-publish-panel.css';

/**
 * For organisers, on a published lesson or on a pilot: publishing it to the network's public
 * showcase, which asks everyone it names first, and where the request stands once made. The
 * server words every refusal (cohort-only, off the record, anonymous, already in, switched off).
 */
export function ShowcasePublishPanel({ source }: { source: ShowcaseSource }) {
  const t = useT();
  // This one's items only, newest first: a live one is always the newest, on the first page.
  const items = useShowcaseItems('all', true, source);
  const [made, setMade] = useState<ShowcaseItem | null>(null);
  const loaded = items.data?.pages.flatMap((page) => page.items) ?? [];
  const current = made ?? currentItemFor(loaded, source);
  const pilot = 'pilotId' in source;

  return (
    <section className="panel showcase-publish no-print" aria-labelledby="showcase-publish-heading">
      <h2 id="showcase-publish-heading">{t('showcase.publish.heading')}</h2>
      {current ? (
        <>
          {made && <Alert tone="success">{t('showcase.publish.asked')}</Alert>}
          <ShowcaseStatusLine item={current} />
          <ShowcaseCredits item={current} />
          <p>
            <Link to={`/published/${current.id}`}>{t('showcase.publish.seeItem')}</Link>
          </p>
        </>
      ) : pilot ? (
        <PublishPilotForm pilotId={source.pilotId} onMade={setMade} />
      ) : (
        <PublishLesson lessonId={source.lessonId} onMade={setMade} />
      )}
    </section>
  );
}

function PublishLesson({
  lessonId,
  onMade,
}: {
  lessonId: string;
  onMade(item: ShowcaseItem): void;
}) {
  const t = useT();
  const publish = usePublishLesson();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p>{t('showcase.publish.explain')}</p>
      {publish.error && <Alert tone="error">{formErrors(publish.error).message}</Alert>}
      {confirming ? (
        <div className="button-row">
          <p>{t('showcase.publish.lessonConfirm')}</p>
          <button
            type="button"
            className="button-primary"
            disabled={publish.isPending}
            onClick={() =>
              // A refusal is final for this lesson as it is: its reason replaces the question.
              publish.mutate(lessonId, { onSuccess: onMade, onError: () => setConfirming(false) })
            }
          >
            {t('showcase.publish.confirmYes')}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setConfirming(false);
              publish.reset();
            }}
          >
            {t('showcase.publish.confirmNo')}
          </button>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              publish.reset();
              setConfirming(true);
            }}
          >
            {t('showcase.publish.lessonButton')}
          </button>
        </p>
      )}
    </>
  );
}

function PublishPilotForm({
  pilotId,
  onMade,
}: {
  pilotId: string;
  onMade(item: ShowcaseItem): void;
}) {
  const t = useT();
  const publish = usePublishPilot();
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState('');
  const { message, fields } = formErrors(publish.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    publish.mutate({ pilotId, summary }, { onSuccess: onMade });
  }

  if (!open) {
    return (
      <>
        <p>{t('showcase.publish.explain')}</p>
        <p>
          <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
            {t('showcase.publish.pilotButton')}
          </button>
        </p>
      </>
    );
  }
  const summaryError = fieldError(fields, 'summary');
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{t('showcase.publish.explain')}</p>
      <TextAreaField
        label={t('showcase.publish.summaryLabel')}
        hint={t('showcase.publish.summaryHint', { min: 20, max: 4000 })}
        error={summaryError}
        rows={8}
        maxLength={4000}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
      />
      {message && !summaryError && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={publish.isPending}>
          {t('showcase.publish.pilotSubmit')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setOpen(false);
            publish.reset();
          }}
        >
          {t('showcase.publish.confirmNo')}
        </button>
      </div>
    </form>
  );
}
