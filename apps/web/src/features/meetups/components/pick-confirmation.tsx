import type { Slot } from '@praxis/contracts/meetups-poll';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { T, useT } from '../../../lib/i18n/use-t.tsx';
import { slotLabel } from './poll-option.tsx';

/**
 * Picking tells everyone invited and closes the poll: it is asked twice, never by one slip. The
 * question takes the focus, so that on a phone it is in view and read out.
 */
export function PickConfirmation({
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
  const question = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new slot is a new question.
  useEffect(() => {
    question.current?.focus();
    question.current?.scrollIntoView({ block: 'nearest' });
  }, [slot.id]);
  return (
    <section
      ref={question}
      tabIndex={-1}
      className="pick-confirmation"
      aria-label={t('meetups.poll.pickRegion')}
    >
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
