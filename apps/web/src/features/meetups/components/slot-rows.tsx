import type { SlotInput } from '@praxis/contracts/zoned-time';
import { fieldError } from '../../../components/form-errors.ts';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { zoneChoices } from './time-zone-select.tsx';
import { hidden } from './visually-hidden.tsx';

export const MIN_SLOTS = 2;
export const MAX_SLOTS = 12;

/** A candidate date as the form holds it: a day, two wall-clock times and a zone. */
export interface SlotRow {
  key: number;
  date: string;
  starts: string;
  ends: string;
  timezone: string;
}

let nextKey = 1;

export function slotRowFrom(slot: SlotInput): SlotRow {
  const [date = '', starts = ''] = slot.startsAt.split('T');
  const ends = slot.endsAt.split('T')[1] ?? '';
  return { key: nextKey++, date, starts, ends, timezone: slot.timezone };
}

/** Ending before the start time means ending the next day: an evening that runs late. */
const endsNextDay = (row: SlotRow) => Boolean(row.starts && row.ends && row.ends < row.starts);

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return '';
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

export function slotInputFrom(row: SlotRow): SlotInput {
  return {
    startsAt: `${row.date}T${row.starts}`,
    endsAt: `${endsNextDay(row) ? addDays(row.date, 1) : row.date}T${row.ends}`,
    timezone: row.timezone,
  };
}

/** Another candidate a week after the last one, at the same times: polls often go weekly. */
export function nextSlotRow(rows: SlotRow[], fallbackZone: string): SlotRow {
  const last = rows.at(-1);
  return {
    key: nextKey++,
    date: last?.date ? addDays(last.date, 7) : '',
    starts: last?.starts ?? '18:00',
    ends: last?.ends ?? '21:00',
    timezone: last?.timezone ?? fallbackZone,
  };
}

/**
 * The candidate dates of a date poll, one row each, added and removed with buttons. Each input
 * is named with its row's number ("Starts 2"), so a screen reader knows which date it is in.
 */
export function SlotRows({
  rows,
  onChange,
  defaultZone,
  fields,
}: {
  rows: SlotRow[];
  onChange(rows: SlotRow[]): void;
  defaultZone: string;
  fields: Record<string, string>;
}) {
  const t = useT();
  const change = (key: number, patch: Partial<SlotRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const listError = fields.slots;

  return (
    <fieldset className="slot-rows" aria-describedby="slot-rows-hint">
      <legend>{t('meetups.slots.legend')}</legend>
      <p className="field-hint" id="slot-rows-hint">
        {t('meetups.slots.hint', { min: MIN_SLOTS, max: MAX_SLOTS })}
      </p>
      <ol className="slot-list">
        {rows.map((row, index) => {
          const n = index + 1;
          const error = (name: string) => fields[`slots.${index}.${name}`];
          const rowError = fieldError(fields, `slots.${index}`);
          const id = (name: string) => `slot-${row.key}-${name}`;
          return (
            <li key={row.key} className="slot-row">
              <div className="field">
                <label htmlFor={id('date')}>
                  <T id="meetups.slots.date" values={{ n, hidden }} />
                </label>
                <input
                  id={id('date')}
                  type="date"
                  required
                  value={row.date}
                  aria-invalid={error('startsAt') ? true : undefined}
                  onChange={(event) => change(row.key, { date: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={id('starts')}>
                  <T id="meetups.slots.starts" values={{ n, hidden }} />
                </label>
                <input
                  id={id('starts')}
                  type="time"
                  required
                  step={300}
                  value={row.starts}
                  aria-invalid={error('startsAt') ? true : undefined}
                  onChange={(event) => change(row.key, { starts: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={id('ends')}>
                  <T id="meetups.slots.ends" values={{ n, hidden }} />
                </label>
                <input
                  id={id('ends')}
                  type="time"
                  required
                  step={300}
                  value={row.ends}
                  aria-invalid={error('endsAt') ? true : undefined}
                  aria-describedby={endsNextDay(row) ? id('next-day') : undefined}
                  onChange={(event) => change(row.key, { ends: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={id('zone')}>
                  <T id="meetups.slots.timeZone" values={{ n, hidden }} />
                </label>
                <select
                  id={id('zone')}
                  value={row.timezone}
                  aria-invalid={error('timezone') ? true : undefined}
                  onChange={(event) => change(row.key, { timezone: event.target.value })}
                >
                  {zoneChoices(row.timezone || defaultZone).map((zone) => (
                    <option key={zone} value={zone}>
                      {zone.replace(/_/g, ' ')}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="button-link slot-remove"
                disabled={rows.length <= MIN_SLOTS}
                onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
              >
                <T id="meetups.slots.remove" values={{ n, hidden }} />
              </button>
              {endsNextDay(row) && (
                <p className="field-hint slot-note" id={id('next-day')}>
                  {t('meetups.slots.endsNextDay')}
                </p>
              )}
              {rowError && (
                <p className="field-error slot-note">
                  {t('meetups.slots.rowError', { n, error: rowError })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {listError && <p className="field-error">{listError}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          disabled={rows.length >= MAX_SLOTS}
          onClick={() => onChange([...rows, nextSlotRow(rows, defaultZone)])}
        >
          {t('meetups.slots.add')}
        </button>
        <span className="muted small">
          {t('meetups.slots.count', { count: rows.length, max: MAX_SLOTS })}
        </span>
      </div>
    </fieldset>
  );
}
