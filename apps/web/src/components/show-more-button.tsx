/** The next page of a keyset-paginated list, for any TanStack infinite query. */
export function ShowMoreButton({
  list,
  label = 'Show more',
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  label?: string;
}) {
  if (!list.hasNextPage) return null;
  return (
    <button
      type="button"
      className="button-secondary"
      disabled={list.isFetchingNextPage}
      onClick={() => list.fetchNextPage()}
    >
      {list.isFetchingNextPage ? 'Loading…' : label}
    </button>
  );
}
