import type { MeetupDetail } from '@praxis/contracts/meetups';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { TextAreaField } from '../../../components/form-field.tsx';
import { useSaveNotes } from '../api/save-notes.ts';

/**
 * The meetup's notes: prepared as a draft before it, which members see once it starts; after it,
 * what was exchanged, decided, who follows up. Marking it done closes it, and the page becomes
 * the record of that exchange.
 */
export function NotesForm({ meetup }: { meetup: MeetupDetail }) {
  const save = useSaveNotes();
  const [notes, setNotes] = useState(meetup.notesSource);
  const [saved, setSaved] = useState<'notes' | 'done' | null>(null);
  const { message, fields } = formErrors(save.error);
  const started = meetup.startsAt !== null && new Date(meetup.startsAt) <= new Date();
  const done = meetup.status === 'done';

  function submit(markDone: boolean) {
    setSaved(null);
    save.mutate(
      { id: meetup.id, notes, done: markDone },
      { onSuccess: () => setSaved(markDone ? 'done' : 'notes') },
    );
  }

  return (
    <form
      className="notes-form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        submit(false);
      }}
    >
      {!started && (
        <p className="notes-draft-label">
          <strong>Draft</strong> — members will see these notes once the meetup starts.
        </p>
      )}
      <TextAreaField
        id="meetup-notes"
        label="Notes"
        hint={
          started
            ? 'What was shared, what people learned, who follows up on what. Markdown works; link threads and @mention people.'
            : 'What you will go through, who prepares what. Markdown works; link threads and @mention people, who are told when the meetup starts.'
        }
        rows={8}
        value={notes}
        onChange={(event) => {
          setSaved(null);
          setNotes(event.target.value);
        }}
        error={fields.notes}
      />
      {message && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button type="submit" className="button-secondary" disabled={save.isPending}>
          Save notes
        </button>
        {!done && (
          <button
            type="button"
            className="button-primary"
            disabled={save.isPending || !started}
            title={started ? undefined : 'A meetup can be marked done once it has started.'}
            onClick={() => submit(true)}
          >
            Save and mark as done
          </button>
        )}
        {saved && (
          <span className="action-note" role="status">
            {saved === 'done'
              ? 'The meetup is marked as done.'
              : started
                ? 'The notes are saved.'
                : 'The draft is saved.'}
          </span>
        )}
      </div>
      {!done && !started && (
        <p className="small muted">It can be marked done once it has started.</p>
      )}
    </form>
  );
}
