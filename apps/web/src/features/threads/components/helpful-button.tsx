import type { HelpfulState } from '@praxis/contracts/threads';
import { useMe } from '../../../lib/session.ts';
import { useMarkHelpful } from '../api/mark-helpful.ts';

/** "You, Ben Okafor and 3 others" — who found a post helpful, briefly. */
function whoFound(helpful: HelpfulState, viewerName: string | undefined): string {
  const others = helpful.by.filter((name) => name !== viewerName);
  const named = [...(helpful.byMe ? ['You'] : []), ...others].slice(0, 2);
  const rest = helpful.count - named.length;
  if (named.length === 0) return '';
  if (rest <= 0) return named.join(' and ');
  return `${named.join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
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
  const mark = useMarkHelpful();
  const who = whoFound(helpful, useMe().data?.name);
  if (own) {
    return helpful.count > 0 ? (
      <span className="helpful small muted" title={`Marked helpful by ${helpful.by.join(', ')}`}>
        {helpful.count} found this helpful: {who}
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
        title={helpful.by.length > 0 ? `Marked helpful by ${helpful.by.join(', ')}` : undefined}
        onClick={() => mark.mutate({ threadId, replyId, helpful: !helpful.byMe })}
      >
        Helpful <span className="count">{helpful.count}</span>
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
