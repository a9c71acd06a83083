import { useT } from '../../../lib/i18n/use-t.tsx';
import '../../../components/post-privacy.css';

/** Null: under the author's name; else shown as a member of this cohort, or (null) the network. */
export type AnonymityChoice = { cohortId: string | null } | null;

/**
 * "Post anonymously", and as whom: a member of one of the author's cohorts or of the network.
 * Off by default; turned on, it starts from the least telling choice the audience allows.
 */
export function AnonymityField({
  id,
  value,
  cohorts,
  preferredCohortId,
  onChange,
}: {
  id: string;
  value: AnonymityChoice;
  cohorts: { id: string; name: string }[];
  /** The cohort the post goes to, if any: the natural "member of" to start from. */
  preferredCohortId?: string | null;
  onChange(value: AnonymityChoice): void;
}) {
  const t = useT();
  const startWith = cohorts.some((cohort) => cohort.id === preferredCohortId)
    ? (preferredCohortId ?? null)
    : null;
  const options = [
    ...cohorts.map((cohort) => ({
      id: cohort.id as string | null,
      label: t('anonymity.author.memberOfCohort', { cohort: cohort.name }),
    })),
    { id: null, label: t('anonymity.author.memberOfNetwork') },
  ];

  return (
    <div className="post-choice">
      <div className="checkbox-field">
        <input
          id={id}
          type="checkbox"
          checked={value !== null}
          onChange={(event) => onChange(event.target.checked ? { cohortId: startWith } : null)}
          aria-describedby={`${id}-hint`}
        />
        <label htmlFor={id}>{t('anonymity.choice.label')}</label>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {t('anonymity.choice.hint')}
      </p>
      {value !== null && (
        <fieldset>
          <legend>{t('anonymity.choice.showAs')}</legend>
          {options.map((option) => {
            const optionId = `${id}-as-${option.id ?? 'network'}`;
            return (
              <div key={optionId} className="radio-field">
                <input
                  id={optionId}
                  type="radio"
                  name={`${id}-as`}
                  checked={value.cohortId === option.id}
                  onChange={() => onChange({ cohortId: option.id })}
                />
                <label htmlFor={optionId}>{option.label}</label>
              </div>
            );
          })}
          <p className="field-hint">{t('anonymity.choice.explanation')}</p>
        </fieldset>
      )}
    </div>
  );
}
