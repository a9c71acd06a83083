import { useT } from '../lib/i18n/use-t.tsx';

/** Edit and Delete, as a member's own posts and messages offer them. */
export function OwnPostActions({
  onEdit,
  onDelete,
  deleting,
}: {
  onEdit(): void;
  onDelete(): void;
  deleting: boolean;
}) {
  const t = useT();
  return (
    <>
      <button type="button" className="action-button" onClick={onEdit}>
        {t('common.ownPost.edit')}
      </button>
      <button
        type="button"
        className="action-button action-danger"
        disabled={deleting}
        onClick={onDelete}
      >
        {t('common.ownPost.delete')}
      </button>
    </>
  );
}
