import type { AgendaItem, MeetupDetail } from '@praxis/contracts/meetups';
import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { wallClockIn } from '../../../lib/zoned-time.ts';
import { useDecideContribution } from '../api/decide-contribution.ts';
import { useOrderAgenda } from '../api/order-agenda.ts';
import { AgendaEntry, publishedAgenda } from './agenda-list.tsx';
import { hidden } from './visually-hidden.tsx';

/** The organisers' side of the agenda: decide on proposals, then order and time the rest. */
export function AgendaEditor({ meetup }: { meetup: MeetupDetail }) {
  const t = useT();
  const decide = useDecideContribution();
  // Kept here, not in the list below, so "saved" survives the list being rebuilt by the save.
  const order = useOrderAgenda();
  const proposals = meetup.agenda.filter((item) => item.status === 'proposed');
  const declined = meetup.agenda.filter((item) => item.status === 'declined');
  const accepted = publishedAgenda(meetup.agenda);
  // A fresh list to order whenever the accepted contributions or their saved order change.
  const signature = accepted.map((item) => `${item.id}@${item.startsAt ?? ''}`).join(',');

  return (
    <section className="panel agenda-editor" aria-labelledby="agenda-editor-heading">
      <h3 id="agenda-editor-heading">{t('meetups.agendaEditor.heading')}</h3>
      {decide.isError && <Alert tone="error">{formErrors(decide.error).message}</Alert>}
      <h4>{t('meetups.agendaEditor.proposals')}</h4>
      {proposals.length === 0 ? (
        <p className="muted small">{t('meetups.agendaEditor.noProposals')}</p>
      ) : (
        <ul className="agenda-list">
          {proposals.map((item) => (
            <li key={item.id} className="agenda-item">
              <AgendaEntry item={item} timezone={meetup.timezone} />
              <div className="agenda-actions">
                <button
                  type="button"
                  className="action-button"
                  disabled={decide.isPending}
                  onClick={() =>
                    decide.mutate({ id: meetup.id, itemId: item.id, status: 'accepted' })
                  }
                >
                  <T id="meetups.agendaEditor.accept" values={{ title: item.title, hidden }} />
                </button>
                <button
                  type="button"
                  className="action-button action-danger"
                  disabled={decide.isPending}
                  onClick={() =>
                    decide.mutate({ id: meetup.id, itemId: item.id, status: 'declined' })
                  }
                >
                  <T id="meetups.agendaEditor.decline" values={{ title: item.title, hidden }} />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('meetups.agendaEditor.orderHeading')}</h4>
      {accepted.length === 0 ? (
        <p className="muted small">{t('meetups.agendaEditor.noneAccepted')}</p>
      ) : (
        <AgendaOrder key={signature} meetup={meetup} accepted={accepted} order={order} />
      )}
      {declined.length > 0 && (
        <details className="agenda-declined">
          <summary className="agenda-declined-summary">
            {t('meetups.agendaEditor.declined', { count: declined.length })}
          </summary>
          <ul className="agenda-list">
            {declined.map((item) => (
              <li key={item.id} className="agenda-item">
                <AgendaEntry item={item} timezone={meetup.timezone} />
                <div className="agenda-actions">
                  <button
                    type="button"
                    className="button-link"
                    disabled={decide.isPending}
                    onClick={() =>
                      decide.mutate({ id: meetup.id, itemId: item.id, status: 'accepted' })
                    }
                  >
                    <T id="meetups.agendaEditor.reinstate" values={{ title: item.title, hidden }} />
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

interface OrderRow {
  item: AgendaItem;
  time: string;
}

function AgendaOrder({
  meetup,
  accepted,
  order,
}: {
  meetup: MeetupDetail;
  accepted: AgendaItem[];
  order: ReturnType<typeof useOrderAgenda>;
}) {
  const t = useT();
  const [rows, setRows] = useState<OrderRow[]>(() =>
    accepted.map((item) => ({
      item,
      time: item.startsAt ? wallClockIn(item.startsAt, meetup.timezone).time : '',
    })),
  );
  const start = meetup.startsAt ? wallClockIn(meetup.startsAt, meetup.timezone) : null;
  const end = meetup.endsAt ? wallClockIn(meetup.endsAt, meetup.timezone) : null;
  const { message, fields } = formErrors(order.error);

  // A time before the start belongs to the next day of a meetup that runs past midnight.
  const localDateTime = (time: string) => {
    if (!start || !time) return null;
    const day = time < start.time && end && end.date !== start.date ? end.date : start.date;
    return `${day}T${time}`;
  };

  // Moving a meetup keeps its agenda's times: say so when they no longer fit inside it.
  const outside =
    start &&
    end &&
    rows.some((row) => {
      const at = localDateTime(row.time);
      return at !== null && (at < `${start.date}T${start.time}` || at >= `${end.date}T${end.time}`);
    });

  function move(index: number, by: -1 | 1) {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (!row) return;
    next.splice(index + by, 0, row);
    order.reset();
    setRows(next);
  }

  return (
    <>
      {!start && <p className="small muted">{t('meetups.agendaEditor.timesLater')}</p>}
      <ol className="agenda-list agenda-order">
        {rows.map((row, index) => (
          <li key={row.item.id} className="agenda-item">
            <div className="field agenda-time-field">
              <label htmlFor={`agenda-time-${row.item.id}`}>
                <T id="meetups.agendaEditor.starts" values={{ title: row.item.title, hidden }} />
              </label>
              <input
                id={`agenda-time-${row.item.id}`}
                type="time"
                step={300}
                disabled={!start}
                value={row.time}
                aria-invalid={fields[`items.${index}.startsAt`] ? true : undefined}
                onChange={(event) => {
                  order.reset();
                  setRows(
                    rows.map((other) =>
                      other.item.id === row.item.id
                        ? { ...other, time: event.target.value }
                        : other,
                    ),
                  );
                }}
              />
            </div>
            <div className="agenda-body">
              <p className="agenda-title">
                <strong>{row.item.title}</strong>{' '}
                <span className="muted small">
                  {t('meetups.agendaEditor.speakerMinutes', {
                    speaker: row.item.speaker.name,
                    minutes: row.item.minutes,
                  })}
                </span>
              </p>
            </div>
            <div className="agenda-actions">
              <button
                type="button"
                className="action-button"
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <span aria-hidden="true">↑</span>
                <span className="visually-hidden">
                  {t('meetups.agendaEditor.moveUp', { title: row.item.title })}
                </span>
              </button>
              <button
                type="button"
                className="action-button"
                disabled={index === rows.length - 1}
                onClick={() => move(index, 1)}
              >
                <span aria-hidden="true">↓</span>
                <span className="visually-hidden">
                  {t('meetups.agendaEditor.moveDown', { title: row.item.title })}
                </span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      {outside && start && end && (
        <p className="field-error" role="status">
          {t('meetups.agendaEditor.outside', { start: start.time, end: end.time })}
        </p>
      )}
      {message && <Alert tone="error">{message}</Alert>}
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={order.isPending}
          onClick={() =>
            order.mutate({
              id: meetup.id,
              items: rows.map((row) => ({ id: row.item.id, startsAt: localDateTime(row.time) })),
            })
          }
        >
          {t(order.isPending ? 'meetups.form.saving' : 'meetups.agendaEditor.saveOrder')}
        </button>
        {order.isSuccess && (
          <span className="action-note" role="status">
            {t('meetups.agendaEditor.saved')}
          </span>
        )}
      </div>
    </>
  );
}
