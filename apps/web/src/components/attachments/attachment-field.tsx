import { useId, useRef } from 'react';
import { useT } from '../../lib/i18n/use-t.tsx';
import { Alert } from '../alert.tsx';
import { fileSize } from './attachment-list.tsx';
import type { AttachmentUploads } from './use-attachment-uploads.ts';
import './attachments.css';

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';

/** A composer's attachments: the button, each upload's progress (cancellable), the files ready. */
export function AttachmentField({ uploads }: { uploads: AttachmentUploads }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  return (
    <div className="attachment-field">
      <div className="attachment-actions">
        <button
          type="button"
          className="button-secondary"
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          {t('content.attachments.add')}
        </button>
        <span id={hintId} className="small muted">
          {t('content.attachments.hint')}
        </span>
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
      </div>
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
      {/* Present before it speaks, so that screen readers announce why sending waits. */}
      <div className="small muted" role="status">
        {uploads.busy ? t('content.attachments.waiting') : null}
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
