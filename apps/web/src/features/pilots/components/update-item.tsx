import { MAX_PILOT_UPDATE, type PilotUpdate } from '@praxis/contracts/pilot-updates';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { AuthorLink } from '../../../components/author-link.tsx';
import { Avatar } from '../../../components/avatar.tsx';
import { CookedHtml } from '../../../components/cooked-html.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { MarkdownEditor } from '../../../components/markdown-editor/markdown-editor.tsx';
import { PilotStageBadge } from '../../../components/pilot-stage-badge.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { plainDate } from '../../../lib/zoned-time.ts';
import { useChangeUpdate } from '../api/change-update.ts';

/** One update of the timeline: its day, who wrote it, the stage it moved, and its text. */
export function UpdateItem({ update }: { update: PilotUpdate }) {
  const t = useT();
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const { remove } = useChangeUpdate(update.pilotId);
  return (
    <article className="pilot-update" aria-labelledby={`update-${update.id}`}>
      <header className="pilot-update-head">
        <h3 id={`update-${update.id}`} className="pilot-update-day">
          <time dateTime={update.happenedOn}>{plainDate(update.happenedOn, intl.locale)}</time>
        </h3>
        {update.stageTo && (
          <p className="pilot-update-move">
            {update.stageFrom && <PilotStageBadge stage={update.stageFrom} />}
            <span className="visually-hidden">
              {t('pilots.timeline.moved', {
                from: update.stageFrom ?? 'none',
                to: update.stageTo,
              })}
            </span>
            <span aria-hidden="true"> → </span>
            <PilotStageBadge stage={update.stageTo} />
          </p>
        )}
      </header>
      {editing ? (
        <EditUpdate update={update} onDone={() => setEditing(false)} />
      ) : (
        <CookedHtml html={update.bodyHtml} className="prose" lang={update.language} />
      )}
      <footer className="pilot-update-meta small muted">
        {update.author && <Avatar person={update.author} size="small" decorative />}
        {update.author ? <AuthorLink author={update.author} /> : t('pilots.timeline.formerMember')}
        <span>
          {' · '}
          <RelativeTime iso={update.createdAt} phrase="pilots.timeline.postedWhen" />
        </span>
        {update.editedAt && (
          <span>
            {' · '}
            <RelativeTime iso={update.editedAt} phrase="pilots.timeline.editedWhen" />
          </span>
        )}
        {update.canEdit && !editing && (
          <>
            <button type="button" className="button-link small" onClick={() => setEditing(true)}>
              {t('pilots.timeline.edit')}
            </button>
            <button
              type="button"
              className="button-link small"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(t('pilots.timeline.confirmDelete'))) {
                  remove.mutate({ pilotId: update.pilotId, updateId: update.id });
                }
              }}
            >
              {t('pilots.timeline.delete')}
            </button>
          </>
        )}
      </footer>
      {remove.error && <Alert tone="error">{formErrors(remove.error).message}</Alert>}
    </article>
  );
}

function EditUpdate({ update, onDone }: { update: PilotUpdate; onDone(): void }) {
  const t = useT();
  const { edit } = useChangeUpdate(update.pilotId);
  const [body, setBody] = useState(update.bodySource);
  const [happenedOn, setHappenedOn] = useState(update.happenedOn);
  const { message, fields } = formErrors(edit.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    edit.mutate(
      { pilotId: update.pilotId, updateId: update.id, body, happenedOn },
      { onSuccess: onDone },
    );
  }
  return (
    <form onSubmit={submit} noValidate className="pilot-update-edit">
      <MarkdownEditor
        label={t('pilots.composer.body')}
        rows={5}
        maxLength={MAX_PILOT_UPDATE}
        value={body}
        onChange={setBody}
        error={fields.body}
        mentionsIn={null}
        draft={{ target: `edit-pilot-update:${update.id}`, original: update.bodySource }}
      />
      <FormField
        label={t('pilots.composer.happenedOn')}
        type="date"
        value={happenedOn}
        error={fields.happenedOn}
        onChange={(event) => setHappenedOn(event.target.value)}
      />
      {message && Object.keys(fields).length === 0 && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={edit.isPending}>
          {t('pilots.timeline.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('pilots.timeline.cancel')}
        </button>
      </div>
    </form>
  );
}
