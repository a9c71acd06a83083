import type { ThreadKind } from '@praxis/contracts/threads';
import { useT } from '../lib/i18n/use-t.tsx';

/**
 * What kind of thread this is, in words and colour, wherever threads are listed. The words are
 * `common.threadKind.<kind>`, which any list naming a kind uses too.
 */
export function ThreadKindBadge({ kind }: { kind: ThreadKind }) {
  const t = useT();
  return <span className={`kind-badge kind-${kind}`}>{t(`common.threadKind.${kind}`)}</span>;
}
