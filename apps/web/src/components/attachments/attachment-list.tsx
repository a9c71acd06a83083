import type { Attachment } from '@praxis/contracts/attachments';
import { useT } from '../../lib/i18n/use-t.tsx';
import './attachments.css';

/** A size as people read it: kB under a megabyte, MB with one decimal above. */
export function fileSize(bytes: number): string {
  const unit = bytes < 1024 * 1024 ? 'kilobyte' : 'megabyte';
  const value = unit === 'kilobyte' ? Math.max(1, Math.round(bytes / 1024)) : bytes / 1024 ** 2;
  return new Intl.NumberFormat(document.documentElement.lang || undefined, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A post's files: pictures inline as thumbnails opening the full picture, PDFs as cards. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const t = useT();
  if (attachments.length === 0) return null;
  const pictures = attachments.filter((file) => file.kind === 'image');
  const documents = attachments.filter((file) => file.kind === 'pdf');
  return (
    <div className="attachment-list">
      {pictures.length > 0 && (
        <ul className="attachment-pictures">
          {pictures.map((file) => (
            <li key={file.id}>
              <a href={file.url} target="_blank" rel="noopener">
                <img
                  src={file.thumbnailUrl ?? file.url}
                  alt={t('content.attachments.pictureAlt', { name: file.fileName })}
                  width={file.width ?? undefined}
                  height={file.height ?? undefined}
                  loading="lazy"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      {documents.length > 0 && (
        <ul className="attachment-documents">
          {documents.map((file) => (
            <li key={file.id} className="attachment-card">
              <a href={file.url} download={file.fileName}>
                {file.fileName}
              </a>
              <span className="small muted">
                {t('content.attachments.pdfDetails', {
                  size: fileSize(file.byteSize),
                  pages: file.pageCount ?? 0,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
