import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { useCreateCalendarFeed } from '../api/create-calendar-feed.ts';
import { useCalendarFeed } from '../api/get-calendar-feed.ts';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed.ts';

/**
 * A personal, read-only feed of the viewer's meetups for their calendar app. Its URL holds a
 * secret, so the server shows it once, when it is made; losing it means making a new one.
 */
export function CalendarFeedPanel() {
  const t = useT();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [copied, setCopied] = useState(false);
  const url = create.data?.url ?? null;
  const active = feed.data?.active ?? false;
  const error = create.error ?? revoke.error ?? feed.error;

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Without clipboard permission the link stays selected for the person to copy.
      document.getElementById('calendar-feed-url')?.focus();
    }
  }

  function makeLink() {
    if (active && !window.confirm(t('meetups.calendarFeed.confirmNew'))) return;
    setCopied(false);
    revoke.reset();
    create.mutate();
  }

  return (
    <section className="panel calendar-feed" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">{t('meetups.calendarFeed.heading')}</h2>
      <p className="muted small">{t('meetups.calendarFeed.intro')}</p>
      {error && <Alert tone="error">{formErrors(error).message}</Alert>}
      {url && active && (
        <div className="calendar-feed-link">
          <label htmlFor="calendar-feed-url" className="calendar-feed-label">
            {t('meetups.calendarFeed.linkLabel')}
          </label>
          <div className="copy-row">
            <input
              id="calendar-feed-url"
              type="text"
              readOnly
              value={url}
              onFocus={(event) => event.target.select()}
            />
            <button type="button" className="button-secondary" onClick={() => copy(url)}>
              {t(copied ? 'meetups.calendarFeed.copied' : 'meetups.calendarFeed.copy')}
            </button>
          </div>
          <p className="field-hint" role="status">
            {t(copied ? 'meetups.calendarFeed.copiedCopyNow' : 'meetups.calendarFeed.copyNow')}
          </p>
        </div>
      )}
      {feed.isSuccess && (
        <div className="button-row">
          {active && !url && feed.data.createdAt && (
            <p className="small calendar-feed-status">
              <T
                id="meetups.calendarFeed.onSince"
                values={{ when: <RelativeTime iso={feed.data.createdAt} /> }}
              />
            </p>
          )}
          <button
            type="button"
            className={active ? 'button-secondary' : 'button-primary'}
            disabled={create.isPending}
            onClick={makeLink}
          >
            {t(active ? 'meetups.calendarFeed.makeNew' : 'meetups.calendarFeed.make')}
          </button>
          {active && (
            <button
              type="button"
              className="button-danger"
              disabled={revoke.isPending}
              onClick={() => {
                if (!window.confirm(t('meetups.calendarFeed.confirmOff'))) return;
                create.reset();
                revoke.mutate();
              }}
            >
              {t('meetups.calendarFeed.turnOff')}
            </button>
          )}
        </div>
      )}
      {revoke.isSuccess && !active && (
        <p className="small calendar-feed-status">{t('meetups.calendarFeed.off')}</p>
      )}
    </section>
  );
}
