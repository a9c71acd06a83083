import { useT } from '../lib/i18n/use-t.tsx';
import './post-privacy.css';

/** The banner over an off-the-record thread or meetup's notes (Chatham House). */
export function OffRecordBanner({ of }: { of: 'thread' | 'notes' }) {
  const t = useT();
  return (
    <p className="off-record-banner" role="note">
      {of === 'notes' ? t('anonymity.offRecord.notesBanner') : t('anonymity.offRecord.banner')}
    </p>
  );
}

/** The small marker on an off-the-record reply or a list row. */
export function OffRecordMarker() {
  const t = useT();
  return <span className="marker marker-off-record">{t('anonymity.offRecord.marker')}</span>;
}

/** The "Off the record" checkbox of a form, with what it means beneath. */
export function OffRecordField({
  id,
  checked,
  onChange,
  label,
}: {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  label?: string;
}) {
  const t = useT();
  return (
    <div className="post-choice">
      <div className="checkbox-field">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={`${id}-hint`}
        />
        <label htmlFor={id}>{label ?? t('anonymity.offRecord.label')}</label>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {t('anonymity.offRecord.hint')}
      </p>
    </div>
  );
}
