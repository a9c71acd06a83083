import type { ThreadKind } from '@praxis/contracts/threads';

export const KIND_NAMES: Record<ThreadKind, string> = {
  question: 'Question',
  success: 'Success story',
  failure: 'Failure story',
  discussion: 'Discussion',
  announcement: 'Announcement',
};

/** What kind of thread this is, in words and colour, wherever threads are listed. */
export function ThreadKindBadge({ kind }: { kind: ThreadKind }) {
  return <span className={`kind-badge kind-${kind}`}>{KIND_NAMES[kind]}</span>;
}
