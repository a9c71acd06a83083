import { useConnectionState } from '../lib/realtime.ts';

/** A tab built for an older protocol stops following live changes until it is reloaded. */
export function UpdateBanner() {
  if (useConnectionState() !== 'outdated') return null;
  return (
    <div className="update-banner" role="alert">
      <p className="update-banner-text">
        Praxis was updated — reload the page to keep chatting and to see live changes.
      </p>
      <button type="button" className="button-primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
