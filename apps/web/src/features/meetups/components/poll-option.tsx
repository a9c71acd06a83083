import type { Slot, VoteChoice, Voter } from '@praxis/contracts/meetups-poll';
import { useIntl } from 'react-intl';
import { Avatar } from '../../../components/avatar.tsx';
import type { MessageId } from '../../../lib/i18n/message-ids.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { dayIn, momentIn, rangeIn, sameWallClock, timesIn } from '../../../lib/zoned-time.ts';
import { hidden } from './visually-hidden.tsx';

export const MARKS: Record<VoteChoice, { mark: string; words: MessageId }> = {
  yes: { mark: '✓', words: 'meetups.poll.yes' },
  if_need_be: { mark: '(✓)', words: 'meetups.poll.ifNeedBe' },
  no: { mark: '✗', words: 'meetups.poll.no' },
};

/** One tap moves a vote on: yes, if need be, no, and round to yes again. */
export const NEXT_CHOICE: Record<VoteChoice | 'none', VoteChoice> = {
  none: 'yes',
  yes: 'if_need_be',
  if_need_be: 'no',
  no: 'yes',
};

/** A slot as the poll names it: "Thu 26 Mar 2027, 18:00", in the meetup's own zone. */
export const slotLabel = (slot: Slot, locale: string) =>
  momentIn(slot.startsAt, slot.timezone, locale);

/**
 * One candidate date as Rallly lists it on a phone: when, its totals always in view, the viewer's
 * vote as one button that cycles on each tap, and who voted what, folded away.
 */
export function PollOption({
  slot,
  best,
  choice,
  voters,
  viewerZone,
  onCycle,
  onPick,
}: {
  slot: Slot;
  best: boolean;
  /** The viewer's vote as it stands in the form; undefined when they cannot vote. */
  choice: VoteChoice | 'none' | undefined;
  voters: Voter[];
  viewerZone: string;
  onCycle(): void;
  /** Organisers pick the date from here while the poll is open. */
  onPick: (() => void) | undefined;
}) {
  const t = useT();
  const { locale } = useIntl();
  const label = slotLabel(slot, locale);
  const voted = voters.filter((voter) => voter.votes[slot.id]);
  return (
    <li className={best ? 'poll-option poll-best' : 'poll-option'}>
      <div className="poll-option-when">
        <SlotHeading slot={slot} viewerZone={viewerZone} />
        {best && <span className="poll-best-note">{t('meetups.poll.best')}</span>}
      </div>
      <p className="poll-totals">
        <span aria-hidden="true">
          <span className="vote-yes">✓ {slot.totals.yes}</span>
          <span className="vote-if_need_be">(✓) {slot.totals.ifNeedBe}</span>
          <span className="vote-no">✗ {slot.totals.no}</span>
        </span>
        <span className="visually-hidden">
          {t('meetups.poll.totals', {
            yes: slot.totals.yes,
            ifNeedBe: slot.totals.ifNeedBe,
            no: slot.totals.no,
          })}
        </span>
      </p>
      {choice !== undefined && (
        <button
          type="button"
          className={`vote-cycle vote-${choice}`}
          aria-label={t('meetups.poll.voteButton', { slot: label, choice })}
          onClick={onCycle}
        >
          <span aria-hidden="true" className="vote-cycle-mark">
            {choice === 'none' ? '+' : MARKS[choice].mark}
          </span>
          <span aria-hidden="true">
            {choice === 'none' ? t('meetups.poll.tapToVote') : t(MARKS[choice].words)}
          </span>
        </button>
      )}
      {voted.length > 0 && (
        <details className="poll-option-voters">
          <summary>
            <T
              id="meetups.poll.votersCount"
              values={{ count: voted.length, slot: label, hidden }}
            />
          </summary>
          <ul>
            {voted.map((voter) => {
              const vote = voter.votes[slot.id] as VoteChoice;
              return (
                <li key={voter.member.id}>
                  <Avatar person={voter.member} size="small" decorative />
                  <span className="poll-voter-name">{voter.member.name}</span>
                  <span className={`vote vote-${vote}`}>
                    <span aria-hidden="true">{MARKS[vote].mark}</span>
                    <span className="visually-hidden">{t(MARKS[vote].words)}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {onPick && (
        <button type="button" className="button-secondary poll-pick" onClick={onPick}>
          <T id="meetups.poll.pick" values={{ slot: label, hidden }} />
        </button>
      )}
    </li>
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
        <span className="poll-zone"> {slot.timezone.replace(/_/g, ' ')}</span>
      </span>
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
