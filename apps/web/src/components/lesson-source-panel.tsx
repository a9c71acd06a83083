import type { LessonSourceRef } from '@praxis/contracts/lessons';
import type { DrawnFromQuery } from '@praxis/contracts/library';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLessonsDrawnFrom } from '../lib/api/lessons-drawn-from.ts';
import { useLessonDrafts } from '../lib/api/list-lesson-drafts.ts';
import { useAddLessonSource, useStartLesson } from '../lib/api/start-lesson.ts';
import { useT } from '../lib/i18n/use-t.tsx';
import { formErrors } from './form-errors.ts';
import './lesson-source-panel.css';

/** Something on a thread's or meetup's page a lesson can be drawn from, named for the picker. */
export interface LessonSourceChoice {
  source: LessonSourceRef;
  label: string;
}

/**
 * A thread's or meetup's side of the practice library: the lessons drawn from it that the viewer
 * may read, and for its author and the organisers (`choices` not empty), "turn into a lesson":
 * a new draft from the chosen source, or the source added to one of their drafts.
 */
export function LessonSourcePanel({
  drawnFrom,
  choices,
}: {
  drawnFrom: DrawnFromQuery;
  choices: LessonSourceChoice[];
}) {
  const t = useT();
  const lessons = useLessonsDrawnFrom(drawnFrom);
  const drawn = lessons.data?.lessons ?? [];
  if (drawn.length === 0 && choices.length === 0) return null;
  return (
    <section className="panel lesson-source-panel" aria-labelledby="lesson-source-heading">
      <h2 id="lesson-source-heading">{t('lessons.fromSource.heading')}</h2>
      {drawn.length > 0 ? (
        <ul className="inline-list">
          {drawn.map((lesson) => (
            <li key={lesson.id}>
              <Link to={`/library/${lesson.id}`} lang={lesson.language}>
                {lesson.title}
              </Link>
              {lesson.status !== 'published' && (
                <span className="small muted"> ({t(`lessons.status.${lesson.status}`)})</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="small muted">{t('lessons.fromSource.none')}</p>
      )}
      {choices.length > 0 && <TurnIntoLesson choices={choices} />}
    </section>
  );
}

function TurnIntoLesson({ choices }: { choices: LessonSourceChoice[] }) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState(0);
  const [draftId, setDraftId] = useState('');
  const drafts = useLessonDrafts({ enabled: open });
  const start = useStartLesson();
  const add = useAddLessonSource();
  const source = choices[chosen]?.source ?? choices[0]?.source;
  const error = formErrors(start.error ?? add.error).message;
  const opened = (lesson: { id: string }) => navigate(`/library/${lesson.id}/edit`);

  if (!open) {
    return (
      <p>
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          {t('lessons.fromSource.turn')}
        </button>
      </p>
    );
  }
  return (
    <div className="turn-into-lesson">
      {choices.length > 1 && (
        <div className="field">
          <label htmlFor="lesson-source-choice">{t('lessons.fromSource.which')}</label>
          <select
            id="lesson-source-choice"
            value={chosen}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {choices.map((choice, index) => (
              <option key={choice.label} value={index}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={start.isPending || !source}
          onClick={() => source && start.mutate(source, { onSuccess: opened })}
        >
          {t('lessons.fromSource.start')}
        </button>
      </div>
      {(drafts.data?.lessons.length ?? 0) > 0 && (
        <div className="lesson-draft-choice">
          <div className="field">
            <label htmlFor="lesson-draft-choice">{t('lessons.fromSource.draftLabel')}</label>
            <select
              id="lesson-draft-choice"
              value={draftId}
              onChange={(event) => setDraftId(event.target.value)}
            >
              <option value="">{t('lessons.fromSource.chooseDraft')}</option>
              {drafts.data?.lessons.map((draft) => (
                <option key={draft.id} value={draft.id}>
                  {draft.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button-secondary"
            disabled={add.isPending || !draftId || !source}
            onClick={() =>
              source && add.mutate({ lessonId: draftId, source }, { onSuccess: opened })
            }
          >
            {t('lessons.fromSource.addToDraft')}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
