import { useT } from '../lib/i18n/use-t.tsx';
import { useConnectionState } from '../lib/realtime.ts';
import { applyUpdate, useUpdateOffered } from '../lib/service-worker.ts';

/**
 * A new version of the app is ready (the service worker has installed it), or this tab was
 * built for an older realtime protocol and stops following live changes: either way, a reload.
 */
export function UpdateBanner() {
  const t = useT();
  const outdated = useConnectionState() === 'outdated';
  const offered = useUpdateOffered();
  if (!outdated && !offered) return null;
  return (
    <div className="update-banner" role="alert">
      <p className="update-banner-text">
        {outdated ? t('common.updateBanner.text') : t('common.updateBanner.newVersion')}
      </p>
      <button type="button" className="button-primary" onClick={applyUpdate}>
        {t('common.updateBanner.reload')}
      </button>
    </div>
  );
}
