import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { Slot, VoteChoice } from '@praxis/contracts/meetups-poll';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { Avatar } from '../../../components/avatar.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import {
  dayIn,
  momentIn,
  rangeIn,
  sameWallClock,
  timesIn,
  viewerZone,
} from '../../../lib/zoned-time.ts';
import { useSaveVotes } from '../api/save-votes.ts';
import { useScheduleMeetup } from '../api/schedule-meetup.ts';
import { hidden } from './visually-hidden.tsx';

const MARKS: Record<VoteChoice, { mark: string; words: MessageId }> = {
  yes: { mark: '✓', words: 'meetups.poll.yes' },
  if_need_be: { mark: '(✓)', words: 'meetups.poll.ifNeedBe' },
  no: { mark: '✗', words: 'meetups.poll.no' },
};

/** A slot as a poll column names it: "Thu 26 Mar 2027, 18:00", in the meetup's own zone. */
export const slotLabel = (slot: Slot, locale: string) =>
  momentIn(slot.startsAt, slot.timezone, locale);

/** The slots most people can make: most yes and if-need-be, then most yes. */
function bestSlotIds(slots: Slot[]): Set<string> {
  const score = (slot: Slot) => (slot.totals.yes + slot.totals.ifNeedBe) * 1000 + slot.totals.yes;
  const top = Math.max(0, ...slots.map(score));
  return new Set(top === 0 ? [] : slots.filter((slot) => score(slot) === top).map((s) => s.id));
}

/**
 * The date poll as Rallly draws it: one column per candidate date, one row per voter, a
 * total per date. The viewer's own row is a select per date, saved together; organisers pick
 * the date under its column.
 */
export function DatePoll({ meetup, viewerId }: { meetup: MeetupDetail; viewerId: string }) {
  const t = useT();
  const { locale } = useIntl();
  const save = useSaveVotes();
  const schedule = useScheduleMeetup();
  const open = meetup.can.vote;
  const [choices, setChoices] = useState<Record<string, VoteChoice | ''>>(() =>
    Object.fromEntries(meetup.slots.map((slot) => [slot.id, slot.myVote ?? ''])),
  );
  const others = meetup.voters.filter((voter) => voter.member.id !== viewerId);
  const mine = meetup.voters.find((voter) => voter.member.id === viewerId);
  const best = bestSlotIds(meetup.slots);
  const zone = viewerZone();
  const error = save.error ?? schedule.error;
  // Picking tells everyone invited and closes the poll: it is asked twice, never by one slip.
  const [picking, setPicking] = useState<Slot | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const votes = meetup.slots.flatMap((slot) => {
      const choice = choices[slot.id];
      return choice ? [{ slotId: slot.id, choice }] : [];
    });
    save.mutate({ id: meetup.id, votes });
  }

  return (
    <form onSubmit={submit} noValidate className="date-poll">
      {/* A wide poll scrolls sideways; keyboard users need to reach it to scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above. */}
      <section className="poll-scroll" aria-label={t('meetups.poll.region')} tabIndex={0}>
        <table className="poll-grid">
          <caption className="visually-hidden">{t('meetups.poll.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('meetups.poll.member')}</span>
              </th>
              {meetup.slots.map((slot) => (
                <th
                  key={slot.id}
                  scope="col"
                  className={best.has(slot.id) ? 'poll-best' : undefined}
                >
                  <SlotHeading slot={slot} viewerZone={zone} />
                  {best.has(slot.id) && (
                    <span className="poll-best-note">{t('meetups.poll.best')}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {others.map((voter) => (
              <tr key={voter.member.id}>
                <th scope="row" className="poll-voter">
                  <Avatar person={voter.member} size="small" decorative />
                  {voter.member.name}
                </th>
                {meetup.slots.map((slot) => (
                  <VoteCell key={slot.id} choice={voter.votes[slot.id]} />
                ))}
              </tr>
            ))}
            {open ? (
              <tr className="poll-mine">
                <th scope="row" className="poll-voter">
                  {t('meetups.poll.you')}
                </th>
                {meetup.slots.map((slot) => (
                  <td key={slot.id}>
                    <select
                      aria-label={t('meetups.poll.yourVote', { slot: slotLabel(slot, locale) })}
                      className={`vote-select vote-${choices[slot.id] || 'none'}`}
                      value={choices[slot.id] ?? ''}
                      onChange={(event) => {
                        save.reset();
                        setChoices({
                          ...choices,
                          [slot.id]: event.target.value as VoteChoice | '',
                        });
                      }}
                    >
                      <option value="">{t('meetups.poll.noAnswer')}</option>
                      <option value="yes">{t('meetups.poll.yes')}</option>
                      <option value="if_need_be">{t('meetups.poll.ifNeedBe')}</option>
                      <option value="no">{t('meetups.poll.no')}</option>
                    </select>
                  </td>
                ))}
              </tr>
            ) : (
              mine && (
                <tr className="poll-mine">
                  <th scope="row" className="poll-voter">
                    {t('meetups.poll.you')}
                  </th>
                  {meetup.slots.map((slot) => (
                    <VoteCell key={slot.id} choice={mine.votes[slot.id]} />
                  ))}
                </tr>
              )
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('meetups.poll.total')}</th>
              {meetup.slots.map((slot) => (
                <td key={slot.id} className="poll-total">
                  <span aria-hidden="true">
                    ✓ {slot.totals.yes}
                    {slot.totals.ifNeedBe > 0 && ` · (✓) ${slot.totals.ifNeedBe}`}
                  </span>
                  <span className="visually-hidden">
                    {t('meetups.poll.totals', {
                      yes: slot.totals.yes,
                      ifNeedBe: slot.totals.ifNeedBe,
                      no: slot.totals.no,
                    })}
                  </span>
                </td>
              ))}
            </tr>
            {open && meetup.can.manage && (
              <tr>
                <th scope="row">
                  <span className="visually-hidden">{t('meetups.poll.choose')}</span>
                </th>
                {meetup.slots.map((slot) => (
                  <td key={slot.id}>
                    <button
                      type="button"
                      className="button-secondary poll-pick"
                      aria-pressed={picking?.id === slot.id}
                      disabled={schedule.isPending}
                      onClick={() => {
                        schedule.reset();
                        setPicking(slot);
                      }}
                    >
                      <T
                        id="meetups.poll.pick"
                        values={{ slot: slotLabel(slot, locale), hidden }}
                      />
                    </button>
                  </td>
                ))}
              </tr>
            )}
          </tfoot>
        </table>
      </section>
      {picking && open && meetup.can.manage && (
        <PickConfirmation
          slot={picking}
          pending={schedule.isPending}
          onConfirm={() => schedule.mutate({ id: meetup.id, slotId: picking.id })}
          onCancel={() => setPicking(undefined)}
        />
      )}
      {error && <Alert tone="error">{formErrors(error).message}</Alert>}
      {open && (
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {t(save.isPending ? 'meetups.form.saving' : 'meetups.poll.saveVotes')}
          </button>
          {save.isSuccess && (
            <span className="action-note" role="status">
              {t('meetups.poll.saved')}
            </span>
          )}
        </div>
      )}
    </form>
  );
}

function PickConfirmation({
  slot,
  pending,
  onConfirm,
  onCancel,
}: {
  slot: Slot;
  pending: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  const { locale } = useIntl();
  return (
    <section className="pick-confirmation" aria-label={t('meetups.poll.pickRegion')}>
      <p>
        <T id="meetups.poll.pickQuestion" values={{ slot: slotLabel(slot, locale) }} />
      </p>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={pending} onClick={onConfirm}>
          {t(pending ? 'meetups.poll.picking' : 'meetups.poll.pickConfirm')}
        </button>
        <button type="button" className="button-secondary" disabled={pending} onClick={onCancel}>
          {t('meetups.form.cancel')}
        </button>
      </div>
    </section>
  );
}

function SlotHeading({ slot, viewerZone }: { slot: Slot; viewerZone: string }) {
  const t = useT();
  const { locale } = useIntl();
  const differs = !sameWallClock([slot.startsAt, slot.endsAt], slot.timezone, viewerZone);
  const ownDay = dayIn(slot.startsAt, slot.timezone, locale, 'short');
  const yourDay = dayIn(slot.startsAt, viewerZone, locale, 'short');
  const yourTimes = timesIn(slot.startsAt, slot.endsAt, viewerZone, locale);
  return (
    <span className="poll-slot">
      <span className="poll-day">{ownDay}</span>
      <span className="poll-time">
        {timesIn(slot.startsAt, slot.endsAt, slot.timezone, locale)}
      </span>
      <span className="poll-zone">{slot.timezone.replace(/_/g, ' ')}</span>
      {differs && (
        <span
          className="poll-yours"
          title={rangeIn(slot.startsAt, slot.endsAt, viewerZone, locale)}
        >
          {yourDay === ownDay
            ? t('meetups.poll.yourTime', { times: yourTimes })
            : t('meetups.poll.yourDayTime', { day: yourDay, times: yourTimes })}
        </span>
      )}
    </span>
  );
}

function VoteCell({ choice }: { choice: VoteChoice | undefined }) {
  const t = useT();
  if (!choice) {
    return (
      <td className="vote vote-none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('meetups.poll.noAnswer')}</span>
      </td>
    );
  }
  return (
    <td className={`vote vote-${choice}`}>
      <span aria-hidden="true">{MARKS[choice].mark}</span>
      <span className="visually-hidden">{t(MARKS[choice].words)}</span>
    </td>
  );
}
