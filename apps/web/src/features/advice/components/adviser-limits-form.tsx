import type { AdviserSettings } from '@praxis/contracts/advice';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useUpdateAdviserSettings } from '../api/update-adviser-settings.ts';
import { useDay } from './use-day.ts';

/**
 * How many requests the adviser takes on a month, and a pause: matching leaves them out while
 * they are full or away, and tells askers why and until when.
 */
export function AdviserLimitsForm({ settings }: { settings: AdviserSettings }) {
  const t = useT();
  const day = useDay();
  const save = useUpdateAdviserSettings();
  const [capacity, setCapacity] = useState(settings.monthlyCapacity?.toString() ?? '');
  const [awayUntil, setAwayUntil] = useState(settings.awayUntil ?? '');
  const { message, fields } = formErrors(save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const number = Number(capacity);
    save.mutate({
      monthlyCapacity: capacity.trim() === '' ? null : Number.isFinite(number) ? number : -1,
      awayUntil: awayUntil === '' ? null : awayUntil,
    });
  }

  const { unavailable } = settings;
  return (
    <form className="panel adviser-limits" onSubmit={submit} noValidate>
      <h2>{t('members.advising.limitsHeading')}</h2>
      <p className="adviser-standing">
        {unavailable?.kind === 'away'
          ? t('members.advising.standingAway', { until: day(unavailable.until) })
          : unavailable?.kind === 'full'
            ? t('members.advising.standingFull', { freeFrom: day(unavailable.freeFrom) })
            : t('members.advising.standingOpen')}{' '}
        {settings.monthlyCapacity === null
          ? t('members.advising.takenNoLimit', { taken: settings.takenThisMonth })
          : t('members.advising.takenOf', {
              taken: settings.takenThisMonth,
              capacity: settings.monthlyCapacity,
            })}
      </p>
      <FormField
        label={t('members.advising.capacity')}
        hint={t('members.advising.capacityHint')}
        type="number"
        inputMode="numeric"
        min={0}
        max={50}
        value={capacity}
        onChange={(event) => {
          save.reset();
          setCapacity(event.target.value);
        }}
        error={fields.monthlyCapacity}
      />
      <FormField
        label={t('members.advising.awayUntil')}
        hint={t('members.advising.awayUntilHint')}
        type="date"
        value={awayUntil}
        onChange={(event) => {
          save.reset();
          setAwayUntil(event.target.value);
        }}
        error={fields.awayUntil}
      />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {t('members.advising.save')}
        </button>
        {awayUntil !== '' && (
          <button type="button" className="button-secondary" onClick={() => setAwayUntil('')}>
            {t('members.advising.backNow')}
          </button>
        )}
      </div>
      {message && <Alert tone="error">{message}</Alert>}
      {save.isSuccess && <Alert tone="success">{t('members.advising.saved')}</Alert>}
    </form>
  );
}
