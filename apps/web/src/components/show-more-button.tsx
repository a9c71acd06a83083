import { useT } from '../lib/i18n/use-t.tsx';

/** The next page of a keyset-paginated list, for any TanStack infinite query. */
export function ShowMoreButton({
  list,
  label,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  label?: string;
}) {
  const t = useT();
  if (!list.hasNextPage) return null;
  return (
    <button
      type="button"
      className="button-secondary"
      disabled={list.isFetchingNextPage}
      onClick={() => list.fetchNextPage()}
    >
      {list.isFetchingNextPage
        ? t('common.showMore.loading')
        : (label ?? t('common.showMore.label'))}
    </button>
  );
}
