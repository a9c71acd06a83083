import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useLatestExport } from '../api/get-latest-export.ts';
import { useRequestExport } from '../api/request-export.ts';

/** "Download my data": ask for the zip, see it being prepared, download it until it expires. */
export function ExportSection() {
  const t = useT();
  const intl = useIntl();
  const latest = useLatestExport().data?.latest ?? null;
  const request = useRequestExport();
  const { message } = formErrors(request.error);
  // In the reader's language and units: "84 kB", "3.2 MB".
  const fileSize = (bytes: number) =>
    bytes < 1_000_000
      ? intl.formatNumber(Math.max(1, Math.round(bytes / 1000)), {
          style: 'unit',
          unit: 'kilobyte',
        })
      : intl.formatNumber(bytes / 1_000_000, {
          style: 'unit',
          unit: 'megabyte',
          maximumFractionDigits: 1,
        });
  const date = (iso: string | null) =>
    iso ? intl.formatDate(new Date(iso), { dateStyle: 'long' }) : '';

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('dataRights.export.heading')}</h2>
      <p className="muted">{t('dataRights.export.hint')}</p>
      {message && <Alert tone="error">{message}</Alert>}
      {latest?.status === 'preparing' && (
        <Alert tone="info">{t('dataRights.export.preparing')}</Alert>
      )}
      {latest?.status === 'ready' && (
        <p className="data-export-ready">
          <a
            className="button-primary"
            href={`/api/account/exports/${latest.id}/download`}
            download="praxis-data.zip"
          >
            {t('dataRights.export.download', { size: fileSize(latest.byteSize ?? 0) })}
          </a>{' '}
          <span className="muted">
            {t('dataRights.export.until', { date: date(latest.expiresAt) })}
          </span>
        </p>
      )}
      {latest?.status === 'failed' && <Alert tone="error">{t('dataRights.export.failed')}</Alert>}
      {latest?.status === 'expired' && (
        <p className="muted">{t('dataRights.export.expired', { date: date(latest.expiresAt) })}</p>
      )}
      {latest?.status !== 'preparing' && (
        <button
          type="button"
          className={latest?.status === 'ready' ? 'button-secondary' : 'button-primary'}
          disabled={request.isPending}
          onClick={() => request.mutate()}
        >
          {latest ? t('dataRights.export.again') : t('dataRights.export.request')}
        </button>
      )}
    </section>
  );
}
