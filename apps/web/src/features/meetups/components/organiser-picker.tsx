import { useState } from 'react';
import { useFindMembers } from '../../../lib/api/find-members.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { hidden } from './visually-hidden.tsx';

export interface PickedPerson {
  id: string;
  name: string;
}

/**
 * The people who run a series besides the network's organisers: often alumni who host it.
 * Found by name, added with a button, each removable.
 */
export function OrganiserPicker({
  organisers,
  onChange,
  error,
}: {
  organisers: PickedPerson[];
  onChange(organisers: PickedPerson[]): void;
  error?: string | undefined;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const settled = useDebouncedValue(q, 250);
  const found = useFindMembers(settled);
  const candidates =
    found.data?.members.filter((person) => !organisers.some((one) => one.id === person.id)) ?? [];

  return (
    <fieldset className="organiser-picker">
      <legend>{t('meetups.organiserPicker.legend')}</legend>
      <p className="field-hint">{t('meetups.organiserPicker.hint')}</p>
      {organisers.length > 0 && (
        <ul className="tag-editor-list" aria-label={t('meetups.organiserPicker.listLabel')}>
          {organisers.map((person) => (
            <li key={person.id} className="tag tag-removable">
              {person.name}
              <button
                type="button"
                className="tag-remove"
                aria-label={t('meetups.organiserPicker.remove', { name: person.name })}
                onClick={() => onChange(organisers.filter((one) => one.id !== person.id))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="series-organiser-search">{t('meetups.organiserPicker.add')}</label>
        <input
          id="series-organiser-search"
          type="search"
          value={q}
          autoComplete="off"
          placeholder={t('meetups.organiserPicker.placeholder')}
          onChange={(event) => setQ(event.target.value)}
        />
      </div>
      {settled.trim().length >= 2 && found.data && (
        <ul className="people-list">
          {candidates.length === 0 && (
            <li className="muted small">{t('meetups.organiserPicker.noMatch')}</li>
          )}
          {candidates.map((person) => (
            <li key={person.id} className="person-row">
              <span>
                <strong>{person.name}</strong>
                {person.organisation && <span className="muted small"> {person.organisation}</span>}
              </span>
              <button
                type="button"
                className="button-link"
                onClick={() => {
                  onChange([...organisers, { id: person.id, name: person.name }]);
                  setQ('');
                }}
              >
                <T id="meetups.organiserPicker.addPerson" values={{ name: person.name, hidden }} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
