import type { HelpfulState } from '@praxis/contracts/threads';
import { type IntlShape, useIntl } from 'react-intl';
import { formatList } from '../../../lib/i18n/format-list.ts';
import { T, type TFunction, useT } from '../../../lib/i18n/use-t.tsx';
import { useMe } from '../../../lib/session.ts';
import { useMarkHelpful } from '../api/mark-helpful.ts';

/** "You, Ben Okafor and 3 others" — who found a post helpful, briefly. */
function whoFound(
  intl: IntlShape,
  t: TFunction,
  helpful: HelpfulState,
  viewerName: string | undefined,
): string {
  const others = helpful.by.filter((name) => name !== viewerName);
  const named = [...(helpful.byMe ? [t('threads.helpful.you')] : []), ...others].slice(0, 2);
  const rest = helpful.count - named.length;
  if (named.length === 0) return '';
  if (rest <= 0) return formatList(intl, named);
  return formatList(intl, [...named, t('threads.helpful.others', { count: rest })]);
}

/**
 * A toggle: pressed when the viewer marked the post helpful; the count and names beside it.
 * On one's own post it only counts: nobody marks their own post helpful.
 */
export function HelpfulButton({
  threadId,
  replyId,
  helpful,
  own,
}: {
  threadId: string;
  replyId: string | null;
  helpful: HelpfulState;
  own: boolean;
}) {
  const intl = useIntl();
  const t = useT();
  const mark = useMarkHelpful();
  const who = whoFound(intl, t, helpful, useMe().data?.name);
  const markedBy = t('threads.helpful.markedBy', {
    names: formatList(intl, helpful.by, { type: 'unit', style: 'short' }),
  });
  if (own) {
    return helpful.count > 0 ? (
      <span className="helpful small muted" title={markedBy}>
        {t('threads.helpful.foundHelpful', { count: helpful.count, who })}
      </span>
    ) : null;
  }
  return (
    <span className="helpful">
      <button
        type="button"
        className="action-button"
        aria-pressed={helpful.byMe}
        disabled={mark.isPending}
        title={helpful.by.length > 0 ? markedBy : undefined}
        onClick={() => mark.mutate({ threadId, replyId, helpful: !helpful.byMe })}
      >
        <T
          id="threads.helpful.button"
          values={{
            count: helpful.count,
            badge: (chunks) => <span className="count">{chunks}</span>,
          }}
        />
      </button>
      {who && <span className="small muted">{who}</span>}
      {mark.isError && (
        <span className="field-error small" role="alert">
          {mark.error.message}
        </span>
      )}
    </span>
  );
}
