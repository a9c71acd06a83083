import type { MeetupDetail } from '@praxis/contracts/meetups';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { CancelForm } from './cancel-form.tsx';
import { MeetupEditForm } from './meetup-edit-form.tsx';

/** What the organisers of the series can do with a meetup that is still open. */
export function OrganiserTools({ meetup }: { meetup: MeetupDetail }) {
  const t = useT();
  const [open, setOpen] = useState<'edit' | 'cancel' | null>(null);
  const live = meetup.status === 'proposed' || meetup.status === 'scheduled';
  const hasAnswers = meetup.status !== 'proposed';

  return (
    <section className="moderation organiser-tools" aria-labelledby="organiser-tools-heading">
      <h2 id="organiser-tools-heading">{t('meetups.tools.heading')}</h2>
      {(meetup.status === 'scheduled' || meetup.status === 'done') && (
        <Link className="action-button" to={`/meetups/${meetup.id}/check-in`}>
          {t('meetups.tools.checkIn')}
        </Link>
      )}
      {hasAnswers && (
        <a className="action-button" href={`/api/meetups/${meetup.id}/attendees.csv`} download>
          {t('meetups.tools.download')}
        </a>
      )}
      {live && (
        <>
          <button
            type="button"
            className="action-button"
            aria-expanded={open === 'edit'}
            onClick={() => setOpen(open === 'edit' ? null : 'edit')}
          >
            {t(meetup.status === 'scheduled' ? 'meetups.tools.editOrMove' : 'meetups.tools.edit')}
          </button>
          <button
            type="button"
            className="action-button action-danger"
            aria-expanded={open === 'cancel'}
            onClick={() => setOpen(open === 'cancel' ? null : 'cancel')}
          >
            {t('meetups.tools.cancel')}
          </button>
        </>
      )}
      {open === 'edit' && <MeetupEditForm meetup={meetup} onDone={() => setOpen(null)} />}
      {open === 'cancel' && <CancelForm meetupId={meetup.id} onDone={() => setOpen(null)} />}
    </section>
  );
}
