import type { ContactVisibility, OwnProfile } from '@praxis/contracts/profiles';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import {
  ContentLanguageSelect,
  useContentLanguage,
} from '../../../components/content-language-select.tsx';
import { fieldError, formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField, TextAreaField } from '../../../components/form-field.tsx';
import { TagInput } from '../../../components/tag-input.tsx';
import { countryOptions } from '../../../lib/display-names.ts';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useUpdateProfile } from '../api/update-profile.ts';
import { type ProfileDraft, toBody, toDraft } from '../profile-draft.ts';
import { LanguagePicker } from './language-picker.tsx';
import { LinksEditor } from './links-editor.tsx';

type TextKey = {
  [K in keyof ProfileDraft]: ProfileDraft[K] extends string ? K : never;
}[keyof ProfileDraft];

const VISIBILITY: { value: ContactVisibility; label: MessageId }[] = [
  { value: 'members', label: 'members.form.visibleToMembers' },
  { value: 'organisers', label: 'members.form.visibleToOrganisers' },
  { value: 'nobody', label: 'members.form.visibleToNobody' },
];

/** Field names as the API reports them, with the ids of the inputs that show them. */
const FIELD_LABELS: Record<string, MessageId> = {
  name: 'members.form.name',
  handle: 'members.form.handle',
  headline: 'members.form.headline',
  bioSource: 'members.form.bio',
  jobTitle: 'members.form.jobTitle',
  organisation: 'members.form.organisation',
  city: 'members.form.city',
  country: 'members.form.country',
  languages: 'members.form.languages',
  expertise: 'members.form.expertise',
  adviceTopics: 'members.form.adviceTopics',
  phone: 'members.form.phone',
  emailVisibility: 'members.form.emailVisibility',
  phoneVisibility: 'members.form.phoneVisibility',
  links: 'members.form.links',
};

/** Everything on one's profile; what was typed stays when the server refuses it. */
export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const t = useT();
  const { locale } = useIntl();
  const update = useUpdateProfile();
  const [writerLanguage] = useContentLanguage();
  const [draft, setDraft] = useState(() => toDraft(profile, writerLanguage));
  const { message, fields } = formErrors(update.error);

  function change<K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
    if (update.isSuccess) update.reset();
  }
  const text = (key: TextKey) => ({
    id: `profile-${key}`,
    name: key,
    value: draft[key],
    onChange: (event: { target: { value: string } }) =>
      change(key, event.target.value as ProfileDraft[TextKey]),
    error: fields[key],
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(toBody(draft), {
      onSuccess: (saved) => setDraft(toDraft(saved, writerLanguage)),
    });
  }

  const countries = countryOptions(locale);
  const problems = Object.entries(FIELD_LABELS)
    .map(([name, label]) => ({ name, label, error: fieldError(fields, name, listOf(draft, name)) }))
    .filter((problem) => problem.error);

  return (
    <form onSubmit={submit} noValidate className="profile-form">
      <fieldset>
        <legend>{t('members.form.aboutYou')}</legend>
        <FormField
          label={t('members.form.name')}
          autoComplete="name"
          required
          maxLength={120}
          {...text('name')}
        />
        <FormField
          label={t('members.form.handle')}
          hint={t('members.form.handleHint', { handle: draft.handle || '…' })}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={30}
          {...text('handle')}
        />
        <FormField
          label={t('members.form.headline')}
          hint={t('members.form.headlineHint')}
          maxLength={140}
          {...text('headline')}
        />
        <TextAreaField
          label={t('members.form.bio')}
          hint={t('members.form.bioHint')}
          rows={8}
          maxLength={10_000}
          {...text('bioSource')}
        />
        <ContentLanguageSelect
          value={draft.bioLanguage}
          onChange={(language) => change('bioLanguage', language)}
        />
      </fieldset>

      <fieldset>
        <legend>{t('members.form.work')}</legend>
        <div className="field-pair">
          <FormField label={t('members.form.jobTitle')} maxLength={140} {...text('jobTitle')} />
          <FormField
            label={t('members.form.organisation')}
            autoComplete="organization"
            maxLength={140}
            {...text('organisation')}
          />
        </div>
        <div className="field-pair">
          <FormField label={t('members.form.city')} maxLength={100} {...text('city')} />
          <SelectField label={t('members.form.country')} {...text('country')}>
            <option value="">{t('members.form.countryNotSet')}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </SelectField>
        </div>
        <LanguagePicker
          languages={draft.languages}
          onChange={(languages) => change('languages', languages)}
          error={fieldError(fields, 'languages', draft.languages)}
        />
      </fieldset>

      <fieldset>
        <legend>{t('members.form.expertiseAndAdvice')}</legend>
        <TagInput
          id="profile-expertise"
          label={t('members.form.expertise')}
          hint={t('members.form.expertiseHint')}
          tags={draft.expertise}
          onChange={(tags) => change('expertise', tags)}
          error={fieldError(fields, 'expertise', draft.expertise)}
        />
        <div className="checkbox-field">
          <input
            id="profile-openToAdvise"
            type="checkbox"
            checked={draft.openToAdvise}
            onChange={(event) => change('openToAdvise', event.target.checked)}
          />
          <label htmlFor="profile-openToAdvise">{t('members.form.openToAdvise')}</label>
        </div>
        <TagInput
          id="profile-adviceTopics"
          label={t('members.form.adviceTopics')}
          hint={t('members.form.adviceTopicsHint')}
          tags={draft.adviceTopics}
          onChange={(tags) => change('adviceTopics', tags)}
          error={fieldError(fields, 'adviceTopics', draft.adviceTopics)}
        />
      </fieldset>

      <fieldset>
        <legend>{t('members.form.contactAndVisibility')}</legend>
        <p className="field-hint">
          <T id="members.form.emailNote" values={{ email: profile.email }} />
        </p>
        <SelectField label={t('members.form.emailVisibility')} {...text('emailVisibility')}>
          {VISIBILITY.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </SelectField>
        <FormField
          label={t('members.form.phone')}
          type="tel"
          autoComplete="tel"
          maxLength={40}
          {...text('phone')}
        />
        <SelectField label={t('members.form.phoneVisibility')} {...text('phoneVisibility')}>
          {VISIBILITY.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </SelectField>
        <div className="checkbox-field">
          <input
            id="profile-showOnline"
            type="checkbox"
            checked={draft.showOnline}
            aria-describedby="profile-showOnline-hint"
            onChange={(event) => change('showOnline', event.target.checked)}
          />
          <label htmlFor="profile-showOnline">{t('members.form.showOnline')}</label>
        </div>
        <p id="profile-showOnline-hint" className="field-hint">
          {t('members.form.showOnlineHint')}
        </p>
      </fieldset>

      <fieldset id="profile-links">
        <legend>{t('members.form.links')}</legend>
        <p className="field-hint">{t('members.form.linksHint')}</p>
        <LinksEditor
          links={draft.links}
          onChange={(links) => change('links', links)}
          fields={fields}
        />
      </fieldset>

      {message && (
        <Alert tone="error">
          <p>{message}</p>
          {problems.length > 0 && (
            <ul>
              {problems.map((problem) => (
                <li key={problem.name}>
                  <a className="error-summary-link" href={`#${anchorOf(problem.name, fields)}`}>
                    {t('members.form.problem', {
                      field: t(problem.label),
                      error: problem.error,
                    })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {update.isSuccess && (
        <Alert tone="success">
          <T
            id="members.form.saved"
            values={{
              link: (chunks) => <Link to={`/members/${update.data.handle}`}>{chunks}</Link>,
            }}
          />
        </Alert>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {t(update.isPending ? 'members.form.saving' : 'members.form.save')}
        </button>
      </div>
    </form>
  );
}

function listOf(draft: ProfileDraft, name: string): string[] | undefined {
  if (name === 'expertise' || name === 'adviceTopics' || name === 'languages') return draft[name];
  return undefined;
}

/** The input a problem is about: a link row's own input when the API names one. */
function anchorOf(name: string, fields: Record<string, string>): string {
  if (name !== 'links') return `profile-${name}`;
  const path = Object.keys(fields).find((key) => key.startsWith('links.'));
  return path ? `profile-${path.replaceAll('.', '-')}` : 'profile-links';
}
