import { useEffect, useRef } from 'react';
import { FormField } from '../../../components/form-field.tsx';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { type LinkDraft, newLinkKey } from '../profile-draft.ts';

const MAX_LINKS = 8;

/** Label and address rows; a new row takes the focus, and removing one gives it back sensibly. */
export function LinksEditor({
  links,
  onChange,
  fields,
}: {
  links: LinkDraft[];
  onChange(links: LinkDraft[]): void;
  fields: Record<string, string>;
}) {
  const t = useT();
  const focusIndex = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusIndex.current === null) return;
    document.getElementById(`profile-links-${focusIndex.current}-label`)?.focus();
    focusIndex.current = null;
  });

  function update(key: number, change: Partial<LinkDraft>) {
    onChange(links.map((link) => (link.key === key ? { ...link, ...change } : link)));
  }

  function add() {
    focusIndex.current = links.length;
    onChange([...links, { key: newLinkKey(), label: '', url: '' }]);
  }

  function remove(index: number) {
    const next = links.filter((_, position) => position !== index);
    onChange(next);
    if (next.length > 0) focusIndex.current = Math.min(index, next.length - 1);
    else addButton.current?.focus();
  }

  return (
    <>
      {links.length === 0 && <p className="muted small">{t('members.links.none')}</p>}
      {links.length > 0 && (
        <ol className="link-rows">
          {links.map((link, index) => (
            <li key={link.key}>
              <fieldset className="link-row">
                <legend className="visually-hidden">
                  {t('members.links.row', { number: index + 1 })}
                </legend>
                <FormField
                  id={`profile-links-${index}-label`}
                  label={t('members.links.label')}
                  placeholder={t('members.links.labelPlaceholder')}
                  maxLength={60}
                  value={link.label}
                  onChange={(event) => update(link.key, { label: event.target.value })}
                  error={fields[`links.${index}.label`]}
                />
                <FormField
                  id={`profile-links-${index}-url`}
                  label={t('members.links.url')}
                  type="url"
                  inputMode="url"
                  placeholder={t('members.links.urlPlaceholder')}
                  maxLength={500}
                  value={link.url}
                  onChange={(event) => update(link.key, { url: event.target.value })}
                  error={fields[`links.${index}.url`]}
                />
                <button
                  type="button"
                  className="button-secondary link-remove"
                  onClick={() => remove(index)}
                >
                  <T
                    id="members.links.remove"
                    values={{
                      number: index + 1,
                      hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                    }}
                  />
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {fields.links && <p className="field-error">{fields.links}</p>}
      {links.length < MAX_LINKS ? (
        <button ref={addButton} type="button" className="button-secondary" onClick={add}>
          {t('members.links.add')}
        </button>
      ) : (
        <p className="muted small">{t('members.links.full', { max: MAX_LINKS })}</p>
      )}
    </>
  );
}
