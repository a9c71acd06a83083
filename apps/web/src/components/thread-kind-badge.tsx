import type { ThreadKind } from '@praxis/contracts/threads';
import { useT } from '../lib/i18n/use-t.tsx';

export const KIND_NAMES: Record<ThreadKind, string> = {
  question: 'Question',
  success: 'Success story',
  failure: 'Failure story',
  discussion: 'Discussion',
  announcement: 'Announcement',
};

/** What kind of thread this is, in words and colour, wherever threads are listed. */
export function ThreadKindBadge({ kind }: { kind: ThreadKind }) {
  const t = useT();
  return <span className={`kind-badge kind-${kind}`}>{t(`common.threadKind.${kind}`)}</span>;
}
