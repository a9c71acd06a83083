import type { CheckInRoster, RosterEntry } from '@praxis/contracts/meetup-check-ins';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { Avatar } from '../../../components/avatar.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useMarkAttendance } from '../api/mark-attendance.ts';
import { AttendanceSearch } from './attendance-search.tsx';
import { useMoment } from './check-in-window.tsx';

const ANSWERS: Record<NonNullable<RosterEntry['rsvp']> | 'none', MessageId> = {
  going: 'meetups.attendance.going',
  maybe: 'meetups.attendance.maybe',
  waitlisted: 'meetups.attendance.waitlisted',
  not_going: 'meetups.attendance.notGoing',
  none: 'meetups.attendance.noAnswer',
};

/**
 * Who said they would come, and who came: the organisers tick people off as they arrive, or
 * afterwards; members who check in through the venue link appear here as they do.
 */
export function AttendanceList({ roster }: { roster: CheckInRoster }) {
  const t = useT();
  const intl = useIntl();
  const mark = useMarkAttendance(roster.meetupId);
  const moment = useMoment();
  const busy = mark.isPending ? mark.variables?.memberId : undefined;

  return (
    <section className="panel attendance" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('meetups.attendance.heading')}</h2>
      <p className="attendance-count" role="status">
        {t('meetups.attendance.count', {
          present: intl.formatNumber(roster.checkedInCount),
          listed: intl.formatNumber(roster.people.length),
        })}
      </p>
      {!roster.canMark && <p className="muted small">{t('meetups.attendance.notYet')}</p>}
      {mark.error && <Alert tone="error">{formErrors(mark.error).message}</Alert>}
      {roster.people.length === 0 ? (
        <p className="muted">{t('meetups.attendance.empty')}</p>
      ) : (
        <ul className="attendance-list">
          {roster.people.map((entry) => {
            const present = entry.checkedInAt !== null;
            const name = entry.member.name;
            return (
              <li
                key={entry.member.id}
                className={present ? 'attendance-row present' : 'attendance-row'}
              >
                <span className="person">
                  <Avatar person={entry.member} size="small" decorative />
                  <span>
                    <strong>{name}</strong>
                    <span className="muted small attendance-answer">
                      {t(ANSWERS[entry.rsvp ?? 'none'])}
                    </span>
                    <span className="attendance-state small">
                      {entry.checkedInAt
                        ? entry.markedBy
                          ? t('meetups.attendance.markedBy', {
                              time: moment(entry.checkedInAt, roster.window?.opensAt),
                              name: entry.markedBy.name,
                            })
                          : t('meetups.attendance.checkedIn', {
                              time: moment(entry.checkedInAt, roster.window?.opensAt),
                            })
                        : t('meetups.attendance.absent')}
                    </span>
                  </span>
                </span>
                {roster.canMark && (
                  <button
                    type="button"
                    className={present ? 'button-secondary' : 'button-primary'}
                    disabled={busy === entry.member.id}
                    aria-label={t(
                      present ? 'meetups.attendance.unmarkLabel' : 'meetups.attendance.markLabel',
                      { name },
                    )}
                    onClick={() => mark.mutate({ memberId: entry.member.id, present: !present })}
                  >
                    {t(present ? 'meetups.attendance.unmark' : 'meetups.attendance.mark')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {roster.canMark && (
        <AttendanceSearch
          meetupId={roster.meetupId}
          onMark={(memberId) => mark.mutate({ memberId, present: true })}
          pending={mark.isPending}
        />
      )}
    </section>
  );
}
