import { type ReactNode, useId, useRef } from 'react';
import { useT } from '../../lib/i18n/use-t.tsx';
import { Alert } from '../alert.tsx';
import { fileSize } from './attachment-list.tsx';
import type { AttachmentUploads } from './use-attachment-uploads.ts';
import './attachments.css';

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';

/** The button that chooses files, for a composer that places it itself (a chat's one row). */
export function AttachButton({
  uploads,
  className,
  label,
  describedBy,
  children,
}: {
  uploads: AttachmentUploads;
  className: string;
  /** The button's name when `children` is an icon. */
  label?: string | undefined;
  describedBy?: string | undefined;
  children: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={label}
        title={label}
        aria-describedby={describedBy}
        onClick={() => input.current?.click()}
      >
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        onChange={(event) => {
          uploads.add(Array.from(event.currentTarget.files ?? []));
          event.currentTarget.value = '';
        }}
      />
    </>
  );
}

/**
 * A composer's attachments: the button (unless `button` is false: the composer shows an
 * `AttachButton` of its own), each upload's progress (cancellable), the files ready.
 */
export function AttachmentField({
  uploads,
  button = true,
}: {
  uploads: AttachmentUploads;
  button?: boolean;
}) {
  const t = useT();
  const hintId = useId();
  return (
    <div className="attachment-field">
      {button && (
        <div className="attachment-actions">
          <AttachButton uploads={uploads} className="button-secondary" describedBy={hintId}>
            {t('content.attachments.add')}
          </AttachButton>
          <span id={hintId} className="small muted">
            {t('content.attachments.hint')}
          </span>
        </div>
      )}
      {uploads.pending.length > 0 && (
        <ul className="attachment-uploads">
          {uploads.pending.map((upload) => (
            <li key={upload.key}>
              {upload.error === null ? (
                <>
                  <label className="small">
                    {t('content.attachments.uploading', { name: upload.name })}
                    <progress value={upload.fraction} max={1} />
                  </label>
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => uploads.cancel(upload.key)}
                  >
                    {t('content.attachments.cancel')}
                  </button>
                </>
              ) : (
                <Alert tone="error">
                  {t('content.attachments.refused', { name: upload.name, reason: upload.error })}{' '}
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => uploads.cancel(upload.key)}
                  >
                    {t('content.attachments.dismiss')}
                  </button>
                </Alert>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Present before it speaks, so that screen readers announce why sending waits, and what
          an edit's save will delete. */}
      <div className="small muted" role="status">
        {uploads.busy ? t('content.attachments.waiting') : null}
        {uploads.busy && uploads.removed.length > 0 ? ' ' : null}
        {uploads.removed.length > 0
          ? t('content.attachments.deletedOnSave', { count: uploads.removed.length })
          : null}
      </div>
      {uploads.files.length > 0 && (
        <ul className="attachment-ready" aria-label={t('content.attachments.ready')}>
          {uploads.files.map((file) => (
            <li key={file.id}>
              {file.thumbnailUrl ? <img src={file.thumbnailUrl} alt="" /> : null}
              <span className="small">
                {file.fileName} · {fileSize(file.byteSize)}
              </span>
              <button
                type="button"
                className="button-link"
                aria-label={t('content.attachments.removeNamed', { name: file.fileName })}
                onClick={() => uploads.remove(file.id)}
              >
                {t('content.attachments.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
