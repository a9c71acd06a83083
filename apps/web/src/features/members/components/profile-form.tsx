import type { ContactVisibility, OwnProfile } from '@praxis/contracts/profiles';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { fieldError, formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField, TextAreaField } from '../../../components/form-field.tsx';
import { TagInput } from '../../../components/tag-input.tsx';
import { countryOptions } from '../../../lib/display-names.ts';
import { useUpdateProfile } from '../api/update-profile.ts';
import { type ProfileDraft, toBody, toDraft } from '../profile-draft.ts';
import { LanguagePicker } from './language-picker.tsx';
import { LinksEditor } from './links-editor.tsx';

type TextKey = {
  [K in keyof ProfileDraft]: ProfileDraft[K] extends string ? K : never;
}[keyof ProfileDraft];

const VISIBILITY: { value: ContactVisibility; label: string }[] = [
  { value: 'members', label: 'All members' },
  { value: 'organisers', label: 'Organisers only' },
  { value: 'nobody', label: 'Nobody' },
];

/** Field names as the API reports them, with the ids of the inputs that show them. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  handle: 'Handle',
  headline: 'Headline',
  bioSource: 'About you',
  jobTitle: 'Role or job title',
  organisation: 'Organisation',
  city: 'City',
  country: 'Country',
  languages: 'Languages',
  expertise: 'Expertise',
  adviceTopics: 'Advises on',
  phone: 'Phone',
  emailVisibility: 'Who sees your e-mail address',
  phoneVisibility: 'Who sees your phone number',
  links: 'Links',
};

/** Everything on one's profile; what was typed stays when the server refuses it. */
export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const update = useUpdateProfile();
  const [draft, setDraft] = useState(() => toDraft(profile));
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
    update.mutate(toBody(draft), { onSuccess: (saved) => setDraft(toDraft(saved)) });
  }

  const countries = countryOptions();
  const problems = Object.keys(FIELD_LABELS)
    .map((name) => ({ name, error: fieldError(fields, name, listOf(draft, name)) }))
    .filter((problem) => problem.error);

  return (
    <form onSubmit={submit} noValidate className="profile-form">
      <fieldset>
        <legend>About you</legend>
        <FormField label="Name" autoComplete="name" required maxLength={120} {...text('name')} />
        <FormField
          label="Handle"
          hint={`Your profile's address: /members/${draft.handle || '…'}`}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={30}
          {...text('handle')}
        />
        <FormField
          label="Headline"
          hint="One line on what you work on, shown under your name everywhere."
          maxLength={140}
          {...text('headline')}
        />
        <TextAreaField
          label="About you"
          hint="What you work on, what you tried, what you learned. Markdown works: **bold**, *italics*, lists and links."
          rows={8}
          maxLength={10_000}
          {...text('bioSource')}
        />
      </fieldset>

      <fieldset>
        <legend>Work</legend>
        <div className="field-pair">
          <FormField label="Role or job title" maxLength={140} {...text('jobTitle')} />
          <FormField
            label="Organisation"
            autoComplete="organization"
            maxLength={140}
            {...text('organisation')}
          />
        </div>
        <div className="field-pair">
          <FormField label="City" maxLength={100} {...text('city')} />
          <SelectField label="Country" {...text('country')}>
            <option value="">Not set</option>
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
        <legend>Expertise and advice</legend>
        <TagInput
          id="profile-expertise"
          label="Expertise"
          hint="What you know well, like service design or procurement."
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
          <label htmlFor="profile-openToAdvise">I am open to giving advice</label>
        </div>
        <TagInput
          id="profile-adviceTopics"
          label="Advises on"
          hint="Topics alumni may ask you about."
          tags={draft.adviceTopics}
          onChange={(tags) => change('adviceTopics', tags)}
          error={fieldError(fields, 'adviceTopics', draft.adviceTopics)}
        />
      </fieldset>

      <fieldset>
        <legend>Contact and visibility</legend>
        <p className="field-hint">
          Your e-mail address is <strong>{profile.email}</strong>; it is the one you sign in with.
        </p>
        <SelectField label="Who sees your e-mail address" {...text('emailVisibility')}>
          {VISIBILITY.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <FormField label="Phone" type="tel" autoComplete="tel" maxLength={40} {...text('phone')} />
        <SelectField label="Who sees your phone number" {...text('phoneVisibility')}>
          {VISIBILITY.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
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
          <label htmlFor="profile-showOnline">Show others when I am online in chat</label>
        </div>
        <p id="profile-showOnline-hint" className="field-hint">
          Unticked, you appear offline to everyone, and direct messages still notify you only when
          you are away.
        </p>
      </fieldset>

      <fieldset id="profile-links">
        <legend>Links</legend>
        <p className="field-hint">Your lab's site, a talk, a report you wrote.</p>
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
                    {FIELD_LABELS[problem.name]}: {problem.error}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {update.isSuccess && (
        <Alert tone="success">
          Your profile is saved. <Link to={`/members/${update.data.handle}`}>See your profile</Link>
        </Alert>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save profile'}
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
