import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { Slot, VoteChoice } from '@praxis/contracts/meetups-poll';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { TextAreaField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { viewerZone } from '../../../lib/zoned-time.ts';
import { useSaveVotes } from '../api/save-votes.ts';
import { useScheduleMeetup } from '../api/schedule-meetup.ts';
import { PickConfirmation } from './pick-confirmation.tsx';
import { PollDeadlineNote } from './poll-deadline.tsx';
import { NEXT_CHOICE, PollOption, slotLabel } from './poll-option.tsx';
import { PollOrganiser } from './poll-organiser.tsx';

/** The slots most people can make: most yes and if-need-be, then most yes. */
function bestSlotIds(slots: Slot[]): Set<string> {
  const score = (slot: Slot) => (slot.totals.yes + slot.totals.ifNeedBe) * 1000 + slot.totals.yes;
  const top = Math.max(0, ...slots.map(score));
  return new Set(top === 0 ? [] : slots.filter((slot) => score(slot) === top).map((s) => s.id));
}

/**
 * The date poll as Rallly draws it on a phone: a list of the candidate dates, each with its
 * totals and one button that cycles the viewer's vote, and the voters folded away beneath. The
 * votes and the comment are saved together; organisers see who has not voted and pick the date.
 */
export function DatePoll({ meetup, viewerId }: { meetup: MeetupDetail; viewerId: string }) {
  const t = useT();
  const { locale } = useIntl();
  const save = useSaveVotes();
  const schedule = useScheduleMeetup();
  const open = meetup.can.vote;
  const mine = meetup.voters.find((voter) => voter.member.id === viewerId);
  const [choices, setChoices] = useState<Record<string, VoteChoice | 'none'>>(() =>
    Object.fromEntries(meetup.slots.map((slot) => [slot.id, slot.myVote ?? 'none'])),
  );
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [dirty, setDirty] = useState(false);
  // What a tap changed, read out: the button's new name is not announced everywhere.
  const [announcement, setAnnouncement] = useState('');
  const [picking, setPicking] = useState<Slot | undefined>();
  const best = bestSlotIds(meetup.slots);
  const zone = viewerZone();
  const pickable = meetup.status === 'proposed' && meetup.can.manage;
  const { message, fields } = formErrors(save.error ?? schedule.error);
  const commented = meetup.voters.filter((voter) => voter.comment);

  function cycle(slot: Slot) {
    const choice = NEXT_CHOICE[choices[slot.id] ?? 'none'];
    save.reset();
    setDirty(true);
    setChoices({ ...choices, [slot.id]: choice });
    setAnnouncement(t('meetups.poll.voteNow', { slot: slotLabel(slot, locale), choice }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const votes = meetup.slots.flatMap((slot) => {
      const choice = choices[slot.id];
      return choice && choice !== 'none' ? [{ slotId: slot.id, choice }] : [];
    });
    save.mutate(
      { id: meetup.id, votes, comment },
      {
        onSuccess: (saved) => {
          setDirty(false);
          // Shows the comment as stored: trimmed.
          setComment(saved.voters.find((voter) => voter.member.id === viewerId)?.comment ?? '');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="date-poll">
      <PollDeadlineNote closesAt={meetup.poll.closesAt} />
      <p className="poll-legend muted small">{t('meetups.poll.caption')}</p>
      <section className="poll-region" aria-label={t('meetups.poll.region')}>
        <ol className="poll-options">
          {meetup.slots.map((slot) => (
            <PollOption
              key={slot.id}
              slot={slot}
              best={best.has(slot.id)}
              choice={open ? (choices[slot.id] ?? 'none') : undefined}
              voters={meetup.voters}
              viewerZone={zone}
              onCycle={() => cycle(slot)}
              onPick={
                pickable
                  ? () => {
                      schedule.reset();
                      setPicking(slot);
                    }
                  : undefined
              }
            />
          ))}
        </ol>
      </section>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {picking && pickable && (
        <PickConfirmation
          slot={picking}
          pending={schedule.isPending}
          onConfirm={() => schedule.mutate({ id: meetup.id, slotId: picking.id })}
          onCancel={() => setPicking(undefined)}
        />
      )}
      {open && (
        <>
          <TextAreaField
            id={`poll-comment-${meetup.id}`}
            label={t('meetups.poll.comment')}
            hint={t('meetups.poll.commentHint')}
            rows={2}
            maxLength={500}
            value={comment}
            onChange={(event) => {
              save.reset();
              setDirty(true);
              setComment(event.target.value);
            }}
            error={fields.comment}
          />
          <div className="button-row">
            <button type="submit" className="button-primary" disabled={save.isPending}>
              {t(save.isPending ? 'meetups.form.saving' : 'meetups.poll.saveVotes')}
            </button>
            {save.isSuccess ? (
              <span className="action-note" role="status">
                {t('meetups.poll.saved')}
              </span>
            ) : (
              dirty && <span className="muted small">{t('meetups.poll.unsaved')}</span>
            )}
          </div>
        </>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      {commented.length > 0 && (
        <section className="poll-comments" aria-labelledby={`poll-comments-${meetup.id}`}>
          <h3 id={`poll-comments-${meetup.id}`}>{t('meetups.poll.comments')}</h3>
          <ul>
            {commented.map((voter) => (
              <li key={voter.member.id}>
                <strong>{voter.member.name}</strong> <span>{voter.comment}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {pickable && <PollOrganiser meetup={meetup} />}
    </form>
  );
}
