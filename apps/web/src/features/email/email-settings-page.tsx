import type { EmailMode, EmailPreferences, EmailTopic, PushTopic } from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { T, useT } from '../../lib/i18n/use-t.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useEmailPreferences } from './api/get-email-preferences.ts';
import { useRetryAddress } from './api/retry-address.ts';
import { useUpdateEmailPreferences } from './api/update-email-preferences.ts';
import { PushChoices } from './components/push-choices.tsx';
import { TopicChoice } from './components/topic-choice.tsx';

type Draft = Pick<EmailPreferences, 'topics' | 'weeklyDigest' | 'push'>;

/** What Praxis e-mails the member, topic by topic; every mail links here. */
export function EmailSettingsPage({ member }: { member: AccountMember }) {
  const t = useT();
  useDocumentTitle(t('email.settings.title'));
  const preferences = useEmailPreferences();
  const update = useUpdateEmailPreferences();
  const retry = useRetryAddress();
  const [draft, setDraft] = useState<Draft | null>(null);
  const { message } = formErrors(update.error ?? preferences.error);

  // The form starts from what is stored, and again after each save.
  useEffect(() => {
    if (preferences.data) {
      const { topics, weeklyDigest, push } = preferences.data;
      setDraft({ topics, weeklyDigest, push });
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
      push: draft.push,
    });
  }

  return (
    <section className="page narrow">
      <h1>{t('email.settings.title')}</h1>
      {preferences.data && (
        <p className="lead">
          <T id="email.settings.lead" values={{ address: preferences.data.address }} />
        </p>
      )}
      {preferences.isPending && (
        <p className="loading" role="status">
          {t('email.settings.loading')}
        </p>
      )}
      {preferences.data?.bounced && <BouncedNotice preferences={preferences.data} retry={retry} />}
      {retry.isSuccess && !preferences.data?.bounced && (
        <Alert tone="success">
          {t('email.settings.retried', { address: preferences.data?.address ?? '' })}
        </Alert>
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
            <legend>{t('email.settings.digest')}</legend>
            <p className="field-hint" id="weekly-digest-hint">
              {t('email.settings.digestHint')}
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
              <label htmlFor="weekly-digest">{t('email.settings.digestChoice')}</label>
            </div>
          </fieldset>
          <PushChoices
            push={draft.push}
            onChange={(topic: PushTopic, on: boolean) => {
              update.reset();
              setDraft({ ...draft, push: { ...draft.push, [topic]: on } });
            }}
          />
          {update.isSuccess && <Alert tone="success">{t('email.settings.saved')}</Alert>}
          {message && <Alert tone="error">{message}</Alert>}
          <div>
            <button type="submit" className="button-primary" disabled={update.isPending}>
              {t(update.isPending ? 'email.settings.saving' : 'email.settings.save')}
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
  const t = useT();
  const intl = useIntl();
  const bounced = preferences.bounced;
  if (!bounced) return null;
  return (
    <section className="email-bounced" aria-labelledby="email-bounced-heading">
      <h2 id="email-bounced-heading">{t('email.bounced.heading')}</h2>
      <p>
        <T
          id="email.bounced.what"
          values={{
            date: intl.formatDate(bounced.at, { dateStyle: 'long' }),
            address: preferences.address,
            reason: bounced.reason,
            q: quote,
          }}
        />
      </p>
      <p>{t('email.bounced.check')}</p>
      {retry.isError && <Alert tone="error">{formErrors(retry.error).message}</Alert>}
      <button
        type="button"
        className="button-secondary"
        disabled={retry.isPending}
        onClick={() => retry.mutate()}
      >
        {t('email.bounced.retry')}
      </button>
    </section>
  );
}

/** The receiving server's own words, quoted as the reader's language quotes. */
const quote = (chunks: ReactNode[]) => <q>{chunks}</q>;
