import type { EmailMode, EmailPreferences, EmailTopic } from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import { type FormEvent, useEffect, useState } from 'react';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useEmailPreferences } from './api/get-email-preferences.ts';
import { useRetryAddress } from './api/retry-address.ts';
import { useUpdateEmailPreferences } from './api/update-email-preferences.ts';
import { TopicChoice } from './components/topic-choice.tsx';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

type Draft = Pick<EmailPreferences, 'topics' | 'weeklyDigest'>;

/** What Praxis e-mails the member, topic by topic; every mail links here. */
export function EmailSettingsPage({ member }: { member: AccountMember }) {
  useDocumentTitle('E-mail settings');
  const preferences = useEmailPreferences();
  const update = useUpdateEmailPreferences();
  const retry = useRetryAddress();
  const [draft, setDraft] = useState<Draft | null>(null);
  const { message } = formErrors(update.error ?? preferences.error);

  // The form starts from what is stored, and again after each save.
  useEffect(() => {
    if (preferences.data) {
      setDraft({ topics: preferences.data.topics, weeklyDigest: preferences.data.weeklyDigest });
    }
  }, [preferences.data]);

  const topics = (Object.keys(draft?.topics ?? {}) as EmailTopic[]).filter(
    (topic) => topic !== 'flags' || member.role !== 'member',
  );
  const choose = (topic: EmailTopic, mode: EmailMode) => {
    update.reset();
    setDraft((current) => current && { ...current, topics: { ...current.topics, [topic]: mode } });
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    update.mutate({
      topics: Object.fromEntries(topics.map((topic) => [topic, draft.topics[topic]])),
      weeklyDigest: draft.weeklyDigest,
    });
  }

  return (
    <section className="page narrow">
      <h1>E-mail settings</h1>
      {preferences.data && (
        <p className="lead">
          Choose what Praxis e-mails to <strong>{preferences.data.address}</strong>. Instant mail
          waits a few minutes and goes only if you have not seen the news in Praxis meanwhile; the
          daily summary comes each morning.
        </p>
      )}
      {preferences.isPending && (
        <p className="loading" role="status">
          Loading your e-mail settings…
        </p>
      )}
      {preferences.data?.bounced && <BouncedNotice preferences={preferences.data} retry={retry} />}
      {retry.isSuccess && !preferences.data?.bounced && (
        <Alert tone="success">Praxis sends mail to {preferences.data?.address} again.</Alert>
      )}
      {draft && (
        <form className="email-settings" onSubmit={submit} noValidate>
          {topics.map((topic) => (
            <TopicChoice
              key={topic}
              topic={topic}
              mode={draft.topics[topic]}
              onChange={(mode) => choose(topic, mode)}
            />
          ))}
          <fieldset className="email-topic" aria-describedby="weekly-digest-hint">
            <legend>Weekly digest</legend>
            <p className="field-hint" id="weekly-digest-hint">
              On Monday mornings: new stories, unanswered questions you could help with, upcoming
              meetups, polls waiting for your vote and new members of your cohorts.
            </p>
            <div className="checkbox-field">
              <input
                id="weekly-digest"
                type="checkbox"
                checked={draft.weeklyDigest}
                onChange={(event) => {
                  update.reset();
                  setDraft({ ...draft, weeklyDigest: event.target.checked });
                }}
              />
              <label htmlFor="weekly-digest">Send me the weekly digest</label>
            </div>
          </fieldset>
          {update.isSuccess && <Alert tone="success">Your e-mail settings are saved.</Alert>}
          {message && <Alert tone="error">{message}</Alert>}
          <div>
            <button type="submit" className="button-primary" disabled={update.isPending}>
              {update.isPending ? 'Saving…' : 'Save e-mail settings'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function BouncedNotice({
  preferences,
  retry,
}: {
  preferences: EmailPreferences;
  retry: ReturnType<typeof useRetryAddress>;
}) {
  const bounced = preferences.bounced;
  if (!bounced) return null;
  return (
    <section className="email-bounced" aria-labelledby="email-bounced-heading">
      <h2 id="email-bounced-heading">Mail to your address bounced</h2>
      <p>
        On {dateFormat.format(new Date(bounced.at))}, mail to <strong>{preferences.address}</strong>{' '}
        came back undelivered, so Praxis stopped sending to it. The receiving server said:{' '}
        <q>{bounced.reason}</q>
      </p>
      <p>
        Check the address and that your mailbox accepts mail (it may have been full or closed). Once
        it works again, let Praxis try again.
      </p>
      {retry.isError && <Alert tone="error">{formErrors(retry.error).message}</Alert>}
      <button
        type="button"
        className="button-secondary"
        disabled={retry.isPending}
        onClick={() => retry.mutate()}
      >
        It works again: send me mail
      </button>
    </section>
  );
}
