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
