import { useEffect, useRef } from 'react';
import { FormField } from '../../../components/form-field.tsx';
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
      {links.length === 0 && <p className="muted small">No links yet.</p>}
      {links.length > 0 && (
        <ol className="link-rows">
          {links.map((link, index) => (
            <li key={link.key}>
              <fieldset className="link-row">
                <legend className="visually-hidden">Link {index + 1}</legend>
                <FormField
                  id={`profile-links-${index}-label`}
                  label="Label"
                  placeholder="Our lab's blog"
                  maxLength={60}
                  value={link.label}
                  onChange={(event) => update(link.key, { label: event.target.value })}
                  error={fields[`links.${index}.label`]}
                />
                <FormField
                  id={`profile-links-${index}-url`}
                  label="Web address"
                  type="url"
                  inputMode="url"
                  placeholder="https://"
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
                  Remove<span className="visually-hidden"> link {index + 1}</span>
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {fields.links && <p className="field-error">{fields.links}</p>}
      {links.length < MAX_LINKS ? (
        <button ref={addButton} type="button" className="button-secondary" onClick={add}>
          Add a link
        </button>
      ) : (
        <p className="muted small">You can list up to {MAX_LINKS} links.</p>
      )}
    </>
  );
}
