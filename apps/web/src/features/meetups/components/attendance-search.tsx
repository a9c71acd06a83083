import { useState } from 'react';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useCheckInCandidates } from '../api/find-check-in-candidates.ts';

/** Someone invited came without answering: found by name among the invitees, then marked. */
export function AttendanceSearch({
  meetupId,
  onMark,
  pending,
}: {
  meetupId: string;
  onMark(memberId: string): void;
  pending: boolean;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const settled = useDebouncedValue(q.trim(), 250);
  const found = useCheckInCandidates(meetupId, settled);

  return (
    <div className="attendance-search">
      <div className="field">
        <label htmlFor="attendance-search">{t('meetups.attendance.searchLabel')}</label>
        <p className="field-hint" id="attendance-search-hint">
          {t('meetups.attendance.searchHint')}
        </p>
        <input
          id="attendance-search"
          type="search"
          value={q}
          autoComplete="off"
          aria-describedby="attendance-search-hint"
          onChange={(event) => setQ(event.target.value)}
        />
      </div>
      {settled.length >= 2 && found.data && (
        <ul className="attendance-list">
          {found.data.members.length === 0 && (
            <li className="muted small">{t('meetups.attendance.noMatch')}</li>
          )}
          {found.data.members.map((member) => (
            <li key={member.id} className="attendance-row">
              <strong>{member.name}</strong>
              <button
                type="button"
                className="button-primary"
                disabled={pending}
                aria-label={t('meetups.attendance.markLabel', { name: member.name })}
                onClick={() => {
                  onMark(member.id);
                  setQ('');
                }}
              >
                {t('meetups.attendance.mark')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
