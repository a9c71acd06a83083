import type { PilotStage } from '@praxis/contracts/pilots';
import { useT } from '../lib/i18n/use-t.tsx';

/** Where a pilot stands, with a colour per stage, wherever pilots are named. */
export function PilotStageBadge({ stage }: { stage: PilotStage }) {
  const t = useT();
  return <span className={`marker stage-${stage}`}>{t('pilots.stage.name', { stage })}</span>;
}
