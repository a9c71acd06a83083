import { useT } from '../lib/i18n/use-t.tsx';

/** Tags to read, such as expertise or advice topics; `label` names the list for screen readers. */
export function TagList({
  tags,
  label,
  tone = 'plain',
}: {
  tags: string[];
  label: string;
  tone?: 'plain' | 'advice' | 'cohort';
}) {
  if (tags.length === 0) return null;
  return (
    <ul className={`tag-list tag-list-${tone}`} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}

/** A chip being edited, with its own remove button named after it. */
export function RemovableTag({ name, onRemove }: { name: string; onRemove(): void }) {
  const t = useT();
  return (
    <li className="tag tag-removable">
      {name}
      <button
        type="button"
        className="tag-remove"
        aria-label={t('common.tagList.remove', { name })}
        onClick={onRemove}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
