import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useCheckInLink } from '../api/get-check-in-link.ts';
import { useReplaceCheckInLink } from '../api/replace-check-in-link.ts';
import { CheckInWindowText } from './check-in-window.tsx';

/**
 * The venue's check-in link and its QR code, large enough to print and pin by the door. The
 * poster is all that a printed page shows.
 */
export function CheckInPoster({ meetupId, title }: { meetupId: string; title: string }) {
  const t = useT();
  const link = useCheckInLink(meetupId);
  const replace = useReplaceCheckInLink(meetupId);
  const [copied, setCopied] = useState(false);

  if (link.isPending) return <p className="loading">{t('meetups.checkIn.linkLoading')}</p>;
  if (link.isError) return <Alert tone="error">{formErrors(link.error).message}</Alert>;
  const { url, window: opening } = link.data;
  // The image's address changes with the link, so a replaced code is fetched again.
  const version = url.slice(-12);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      document.getElementById('check-in-url')?.focus();
    }
  }

  return (
    <section className="panel check-in-link" aria-labelledby="check-in-link-heading">
      <h2 id="check-in-link-heading">{t('meetups.checkIn.linkHeading')}</h2>
      <CheckInWindowText window={opening} />
      <div className="check-in-poster">
        <p className="check-in-poster-title">{title}</p>
        <p className="check-in-poster-call">{t('meetups.checkIn.posterCall')}</p>
        <img
          className="check-in-qr"
          src={`/api/meetups/${meetupId}/check-in-link.svg?v=${encodeURIComponent(version)}`}
          alt={t('meetups.checkIn.qrAlt')}
          width={320}
          height={320}
        />
        <p className="check-in-poster-url">{url}</p>
      </div>
      <label htmlFor="check-in-url" className="visually-hidden">
        {t('meetups.checkIn.linkLabel')}
      </label>
      <div className="copy-row">
        <input
          id="check-in-url"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button-secondary" onClick={copy}>
          {t(copied ? 'meetups.checkIn.copied' : 'meetups.checkIn.copy')}
        </button>
      </div>
      {replace.error && <Alert tone="error">{formErrors(replace.error).message}</Alert>}
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => window.print()}>
          {t('meetups.checkIn.print')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={replace.isPending}
          onClick={() => {
            if (!window.confirm(t('meetups.checkIn.confirmReplace'))) return;
            setCopied(false);
            replace.mutate();
          }}
        >
          {t('meetups.checkIn.replace')}
        </button>
      </div>
      <p className="field-hint">{t('meetups.checkIn.replaceHint')}</p>
    </section>
  );
}
