import type { PushDevice } from '@praxis/contracts/push';
import { useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { usePushDevices } from '../api/list-push-devices.ts';
import { useRemovePushDevice } from '../api/remove-push-device.ts';
import { PushBlocked, useSubscribePush } from '../api/subscribe-push.ts';

type Support = 'unsupported' | NotificationPermission;

/** What this browser allows: no Web Push at all, or the person's answer so far. */
function currentSupport(): Support {
  if (
    typeof window === 'undefined' ||
    !('serviceWorker' in navigator) ||
    !('PushManager' in window) ||
    !('Notification' in window)
  ) {
    return 'unsupported';
  }
  return Notification.permission;
}

// The permission changes in the browser's own settings too: read it again when the tab comes back.
const onVisibility = (changed: () => void) => {
  document.addEventListener('visibilitychange', changed);
  return () => document.removeEventListener('visibilitychange', changed);
};

/** "Notifications on this device": turn push on here, and the member's devices with Remove. */
export function PushDevices() {
  const t = useT();
  const intl = useIntl();
  const support = useSyncExternalStore(onVisibility, currentSupport, () => 'unsupported');
  const devices = usePushDevices();
  const subscribe = useSubscribePush();
  const remove = useRemovePushDevice();
  const list = devices.data?.devices ?? [];
  const here = list.some((device) => device.thisDevice);
  const refused = subscribe.error instanceof PushBlocked;
  // A dismissed question may be asked again; a refusal only the browser's settings undo.
  const blocked = support === 'denied' || (refused && currentSupport() === 'denied');
  const failure = refused
    ? blocked
      ? null
      : t('auth.push.dismissed')
    : subscribe.error
      ? subscribe.error instanceof ApiError
        ? formErrors(subscribe.error).message
        : t('auth.push.failed')
      : remove.error
        ? formErrors(remove.error).message
        : null;
  const nameOf = (device: PushDevice) => device.label || t('auth.push.unknownDevice');
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium' });
  const describe = (device: PushDevice) =>
    [
      t('auth.push.added', { date: date(device.createdAt) }),
      device.lastPushedAt ? t('auth.push.lastPushed', { date: date(device.lastPushedAt) }) : '',
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <section aria-labelledby="push-devices" className="push-devices">
      <h2 id="push-devices">{t('auth.push.heading')}</h2>
      <p className="muted">
        {t('auth.push.hint')} <Link to="/settings/email">{t('auth.push.topicsLink')}</Link>
      </p>
      {support === 'unsupported' ? (
        <p>{t('auth.push.unsupported')}</p>
      ) : blocked ? (
        <Alert tone="error">{t('auth.push.blocked')}</Alert>
      ) : here ? (
        <p>{t('auth.push.on')}</p>
      ) : (
        <button
          type="button"
          className="button-secondary"
          disabled={subscribe.isPending}
          onClick={() => subscribe.mutate()}
        >
          {t(subscribe.isPending ? 'auth.push.turningOn' : 'auth.push.turnOn')}
        </button>
      )}
      {failure && <Alert tone="error">{failure}</Alert>}
      <h3>{t('auth.push.devicesHeading')}</h3>
      {devices.isSuccess && list.length === 0 && <p className="muted">{t('auth.push.none')}</p>}
      {list.length > 0 && (
        <ul className="push-device-list">
          {list.map((device) => (
            <li key={device.id} className="push-device">
              <span>
                <strong>{nameOf(device)}</strong>
                {device.thisDevice && ` (${t('auth.push.thisDevice')})`}
                <br />
                <span className="small muted">{describe(device)}</span>
              </span>
              <button
                type="button"
                className="button-secondary"
                aria-label={t('auth.push.removeLabel', { device: nameOf(device) })}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: device.id, thisDevice: device.thisDevice })}
              >
                {t('auth.push.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
