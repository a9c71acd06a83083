import type { AgendaKind } from '@praxis/contracts/meetups';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField } from '../../../components/form-field.tsx';
import { useOwnProfile } from '../../../lib/api/get-own-profile.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useOwnThreads } from '../api/list-own-threads.ts';
import { useProposeContribution } from '../api/propose-contribution.ts';
import { numberFrom } from '../number-input.ts';
import { AGENDA_KIND_NAMES } from './agenda-list.tsx';

/**
 * A member offers something for the agenda, often a story they already wrote up as a thread:
 * linking it lets the meetup's record point to the full story afterwards.
 */
export function ContributionForm({ meetupId }: { meetupId: string }) {
  const t = useT();
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
      <h3 id="contribution-heading">{t('meetups.contribution.heading')}</h3>
      <p className="small muted">{t('meetups.contribution.intro')}</p>
      {propose.isSuccess && <Alert tone="success">{t('meetups.contribution.thanks')}</Alert>}
      <form onSubmit={submit} noValidate>
        <FormField
          id="contribution-title"
          label={t('meetups.form.title')}
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
            label={t('meetups.contribution.kind')}
            hint={t('meetups.contribution.kindHint')}
            value={kind}
            onChange={(event) => setKind(event.target.value as AgendaKind)}
            error={fields.kind}
          >
            {Object.entries(AGENDA_KIND_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {t(name)}
              </option>
            ))}
          </SelectField>
          <FormField
            id="contribution-minutes"
            label={t('meetups.contribution.minutes')}
            hint={t('meetups.contribution.minutesHint')}
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
          label={t('meetups.contribution.thread')}
          hint={t(
            threads.isSuccess && own.length === 0
              ? 'meetups.contribution.threadNone'
              : 'meetups.contribution.threadHint',
          )}
          value={threadId}
          onChange={(event) => setThreadId(event.target.value)}
          error={fields.threadId}
        >
          <option value="">{t('meetups.contribution.noThread')}</option>
          {own.map((thread) => (
            <option key={thread.id} value={thread.id}>
              {t('meetups.contribution.threadOption', {
                title: thread.title,
                kind: t(`common.threadKind.${thread.kind}`),
              })}
            </option>
          ))}
        </SelectField>
        {message && <Alert tone="error">{message}</Alert>}
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={propose.isPending}>
            {t(propose.isPending ? 'meetups.contribution.sending' : 'meetups.contribution.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
