import type { ShowcaseAnswer, ShowcaseConsent, ShowcaseItem } from '@praxis/contracts/showcase';
import { type FormEvent, useId, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useAnswerConsent } from '../api/answer-consent.ts';
import { CONSENT_CHOICES, withdrawsAtOnce } from '../consent-choices.ts';

type Answer = ShowcaseConsent['answer'];

/**
 * A named person's answer: by name, by organisation only, not shown, or no. Once the item is
 * public the same form changes the answer or withdraws it, and says first that a "no" then
 * takes the item down at once and for good.
 */
export function ConsentForm({ item, mine }: { item: ShowcaseItem; mine: ShowcaseAnswer }) {
  const t = useT();
  const id = useId();
  const answer = useAnswerConsent();
  const [chosen, setChosen] = useState<Answer | null>(mine === 'pending' ? null : mine);
  const [missing, setMissing] = useState(false);
  const published = item.status === 'published';
  const warn = chosen !== null && withdrawsAtOnce(item, chosen);

  function send(event: FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setMissing(true);
      return;
    }
    answer.mutate({ id: item.id, answer: chosen });
  }

  return (
    <form className="panel showcase-consent stack" onSubmit={send} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t(mine === 'pending' ? 'showcase.consent.heading' : 'showcase.consent.changeHeading')}
      </h2>
      <p>{t(published ? 'showcase.consent.leadPublished' : 'showcase.consent.lead')}</p>
      {published && <Alert tone="info">{t('showcase.consent.withdrawNotice')}</Alert>}
      <fieldset aria-describedby={missing ? `${id}-missing` : undefined}>
        <legend>{t('showcase.consent.legend')}</legend>
        {CONSENT_CHOICES.map((choice) => (
          <div key={choice} className="showcase-choice">
            <input
              id={`${id}-${choice}`}
              type="radio"
              name={`${id}-answer`}
              value={choice}
              checked={chosen === choice}
              aria-describedby={`${id}-${choice}-hint`}
              onChange={() => {
                setChosen(choice);
                setMissing(false);
              }}
            />
            <div>
              <label htmlFor={`${id}-${choice}`}>
                {t(
                  published && choice === 'declined'
                    ? 'showcase.consent.choice.withdraw'
                    : `showcase.consent.choice.${choice}`,
                )}
              </label>
              <p className="field-hint" id={`${id}-${choice}-hint`}>
                {t(
                  published && choice === 'declined'
                    ? 'showcase.consent.hint.withdraw'
                    : `showcase.consent.hint.${choice}`,
                )}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      {missing && (
        <p className="field-error" id={`${id}-missing`}>
          {t('showcase.consent.missing')}
        </p>
      )}
      {warn && <Alert tone="error">{t('showcase.consent.withdrawWarning')}</Alert>}
      {answer.error && <Alert tone="error">{formErrors(answer.error).message}</Alert>}
      {answer.isSuccess && !answer.isPending && (
        <Alert tone="success">{t(`showcase.consent.saved.${answer.variables.answer}`)}</Alert>
      )}
      <div className="button-row">
        <button
          type="submit"
          className={warn ? 'button-danger' : 'button-primary'}
          disabled={answer.isPending}
        >
          {t(warn ? 'showcase.consent.withdrawSubmit' : 'showcase.consent.submit')}
        </button>
      </div>
    </form>
  );
}
