import type { PilotDetail } from '@praxis/contracts/pilots';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { uniqueById } from '../../../lib/unique-by-id.ts';
import { usePilotUpdates } from '../api/list-updates.ts';
import { UpdateItem } from './update-item.tsx';

/** The pilot's dated updates, newest first, with its stage changes among them. */
export function PilotTimeline({ pilot }: { pilot: PilotDetail }) {
  const t = useT();
  const updates = usePilotUpdates(pilot.id);
  const rows = uniqueById(updates.data?.pages.flatMap((page) => page.updates) ?? []);
  return (
    <>
      {updates.isPending && (
        <p className="loading" role="status">
          {t('pilots.timeline.loading')}
        </p>
      )}
      {updates.isError && <Alert tone="error">{formErrors(updates.error).message}</Alert>}
      {updates.isSuccess && rows.length === 0 && (
        <p className="muted">{t('pilots.timeline.empty')}</p>
      )}
      {rows.length > 0 && (
        <ol className="pilot-timeline">
          {rows.map((update) => (
            <li key={update.id}>
              <UpdateItem update={update} />
            </li>
          ))}
        </ol>
      )}
      <div className="show-more">
        <ShowMoreButton list={updates} label={t('pilots.timeline.showMore')} />
      </div>
    </>
  );
}
