import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { useCreateCalendarFeed } from '../api/create-calendar-feed.ts';
import { useCalendarFeed } from '../api/get-calendar-feed.ts';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed.ts';

/**
 * A personal, read-only feed of the viewer's meetups for their calendar app. Its URL holds a
 * secret, so the server shows it once, when it is made; losing it means making a new one.
 */
export function CalendarFeedPanel() {
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
    if (active && !window.confirm('Make a new link? The current one stops working.')) return;
    setCopied(false);
    revoke.reset();
    create.mutate();
  }

  return (
    <section className="panel calendar-feed" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">Your calendar feed</h2>
      <p className="muted small">
        Subscribe to it in Google Calendar, Outlook or Apple Calendar, and the meetups you said you
        are going to (or maybe) appear there and stay up to date, moves and cancellations included.
        The link is secret and read-only: anyone who has it sees those meetups, so keep it to
        yourself.
      </p>
      {error && <Alert tone="error">{formErrors(error).message}</Alert>}
      {url && active && (
        <div className="calendar-feed-link">
          <label htmlFor="calendar-feed-url" className="calendar-feed-label">
            Your calendar feed link
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
              {copied ? 'Copied' : 'Copy link'}
            </button>
          </div>
          <p className="field-hint" role="status">
            {copied ? 'Copied. ' : ''}Copy it now: Praxis shows it only this once.
          </p>
        </div>
      )}
      {feed.isSuccess && (
        <div className="button-row">
          {active && !url && feed.data.createdAt && (
            <p className="small calendar-feed-status">
              Your feed is on, since <RelativeTime iso={feed.data.createdAt} />.
            </p>
          )}
          <button
            type="button"
            className={active ? 'button-secondary' : 'button-primary'}
            disabled={create.isPending}
            onClick={makeLink}
          >
            {active ? 'Make a new link' : 'Make my feed link'}
          </button>
          {active && (
            <button
              type="button"
              className="button-danger"
              disabled={revoke.isPending}
              onClick={() => {
                if (!window.confirm('Turn the feed off? Calendars using it stop updating.')) return;
                create.reset();
                revoke.mutate();
              }}
            >
              Turn the feed off
            </button>
          )}
        </div>
      )}
      {revoke.isSuccess && !active && (
        <p className="small calendar-feed-status">Your feed is off.</p>
      )}
    </section>
  );
}
