import type { ShowcaseItem } from '@praxis/contracts/showcase';
import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useUnpublishItem } from '../api/unpublish-item.ts';

/**
 * Organisers: take an item off the public pages, or withdraw a request before it went out,
 * after saying so once more. Either is final: publishing again asks everyone again.
 */
export function UnpublishControl({ item }: { item: ShowcaseItem }) {
  const t = useT();
  const unpublish = useUnpublishItem();
  const [confirming, setConfirming] = useState(false);
  if (item.status === 'withdrawn') return null;
  const status = item.status;
  return (
    <div className="showcase-unpublish">
      {unpublish.error && <Alert tone="error">{formErrors(unpublish.error).message}</Alert>}
      {confirming ? (
        <div className="button-row">
          <p>{t('showcase.unpublish.confirm', { status })}</p>
          <button
            type="button"
            className="button-danger"
            disabled={unpublish.isPending}
            onClick={() => unpublish.mutate(item.id)}
          >
            {t('showcase.unpublish.yes', { status })}
          </button>
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            {t('showcase.unpublish.no')}
          </button>
        </div>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
          {t('showcase.unpublish.button', { status })}
        </button>
      )}
    </div>
  );
}
