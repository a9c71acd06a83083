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
  return (
    <>
      <button type="button" className="action-button" onClick={onEdit}>
        Edit
      </button>
      <button
        type="button"
        className="action-button action-danger"
        disabled={deleting}
        onClick={onDelete}
      >
        Delete
      </button>
    </>
  );
}
