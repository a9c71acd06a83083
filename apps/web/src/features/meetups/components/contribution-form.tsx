import type { AgendaKind } from '@praxis/contracts/meetups';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField } from '../../../components/form-field.tsx';
import { KIND_NAMES } from '../../../components/thread-kind-badge.tsx';
import { useOwnProfile } from '../../../lib/api/get-own-profile.ts';
import { useOwnThreads } from '../api/list-own-threads.ts';
import { useProposeContribution } from '../api/propose-contribution.ts';
import { numberFrom } from '../number-input.ts';
import { AGENDA_KIND_NAMES } from './agenda-list.tsx';

/**
 * A member offers something for the agenda, often a story they already wrote up as a thread:
 * linking it lets the meetup's record point to the full story afterwards.
 */
export function ContributionForm({ meetupId }: { meetupId: string }) {
  const propose = useProposeContribution();
  const profile = useOwnProfile();
  const threads = useOwnThreads(profile.data?.handle);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgendaKind>('success_story');
  const [minutes, setMinutes] = useState('15');
  const [threadId, setThreadId] = useState('');
  const { message, fields } = formErrors(propose.error);
  // The agenda is read by every invitee: only threads the whole network sees can be linked.
  const own = (threads.data?.threads ?? []).filter((thread) => !thread.cohort && !thread.hidden);

  function submit(event: FormEvent) {
    event.preventDefault();
    propose.mutate(
      { id: meetupId, title, kind, minutes: numberFrom(minutes), threadId: threadId || null },
      {
        onSuccess: () => {
          setTitle('');
          setThreadId('');
        },
      },
    );
  }

  return (
    <section className="panel contribution" aria-labelledby="contribution-heading">
      <h3 id="contribution-heading">Propose a contribution</h3>
      <p className="small muted">
        Tell the others what you did, where it failed, what you learned. The organisers put accepted
        contributions on the agenda.
      </p>
      {propose.isSuccess && (
        <Alert tone="success">Thank you. The organisers will accept or decline it.</Alert>
      )}
      <form onSubmit={submit} noValidate>
        <FormField
          id="contribution-title"
          label="Title"
          maxLength={160}
          required
          value={title}
          onChange={(event) => {
            propose.reset();
            setTitle(event.target.value);
          }}
          error={fields.title}
        />
        <div className="field-pair">
          <SelectField
            id="contribution-kind"
            label="Kind"
            hint="Failures teach as much as successes."
            value={kind}
            onChange={(event) => setKind(event.target.value as AgendaKind)}
            error={fields.kind}
          >
            {Object.entries(AGENDA_KIND_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </SelectField>
          <FormField
            id="contribution-minutes"
            label="Minutes"
            hint="How long you need, questions included."
            type="number"
            inputMode="numeric"
            min={5}
            max={240}
            step={5}
            required
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            error={fields.minutes}
          />
        </div>
        <SelectField
          id="contribution-thread"
          label="Linked thread"
          hint={
            threads.isSuccess && own.length === 0
              ? 'None of your threads is open to the whole network; you can propose without one.'
              : 'Optional: one of your threads open to the whole network, such as the story you will tell.'
          }
          value={threadId}
          onChange={(event) => setThreadId(event.target.value)}
          error={fields.threadId}
        >
          <option value="">No linked thread</option>
          {own.map((thread) => (
            <option key={thread.id} value={thread.id}>
              {thread.title} ({KIND_NAMES[thread.kind]})
            </option>
          ))}
        </SelectField>
        {message && <Alert tone="error">{message}</Alert>}
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={propose.isPending}>
            {propose.isPending ? 'Sending…' : 'Propose contribution'}
          </button>
        </div>
      </form>
    </section>
  );
}
