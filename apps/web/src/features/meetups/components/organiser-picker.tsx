import { useState } from 'react';
import { useFindMembers } from '../../../lib/api/find-members.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';

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
  const [q, setQ] = useState('');
  const settled = useDebouncedValue(q, 250);
  const found = useFindMembers(settled);
  const candidates =
    found.data?.members.filter((person) => !organisers.some((one) => one.id === person.id)) ?? [];

  return (
    <fieldset className="organiser-picker">
      <legend>Organisers</legend>
      <p className="field-hint">
        They can propose meetups of this series, pick dates and manage the agenda. The network's
        organisers and admins always can.
      </p>
      {organisers.length > 0 && (
        <ul className="tag-editor-list" aria-label="Organisers of the series">
          {organisers.map((person) => (
            <li key={person.id} className="tag tag-removable">
              {person.name}
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove ${person.name} from the organisers`}
                onClick={() => onChange(organisers.filter((one) => one.id !== person.id))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="series-organiser-search">Add an organiser</label>
        <input
          id="series-organiser-search"
          type="search"
          value={q}
          autoComplete="off"
          placeholder="Type a name"
          onChange={(event) => setQ(event.target.value)}
        />
      </div>
      {settled.trim().length >= 2 && found.data && (
        <ul className="people-list">
          {candidates.length === 0 && <li className="muted small">No one else matches.</li>}
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
                Add<span className="visually-hidden"> {person.name} as organiser</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
