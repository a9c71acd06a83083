import { useT } from '../lib/i18n/use-t.tsx';
import { useConnectionState } from '../lib/realtime.ts';

/** A tab built for an older protocol stops following live changes until it is reloaded. */
export function UpdateBanner() {
  const t = useT();
  if (useConnectionState() !== 'outdated') return null;
  return (
    <div className="update-banner" role="alert">
      <p className="update-banner-text">{t('common.updateBanner.text')}</p>
      <button type="button" className="button-primary" onClick={() => window.location.reload()}>
        {t('common.updateBanner.reload')}
      </button>
    </div>
  );
}
