import { MAX_PILOT_UPDATE } from '@praxis/contracts/pilot-updates';
import {
  MAX_STOP_REASON,
  PILOT_STAGES,
  type PilotDetail,
  type PilotStage,
} from '@praxis/contracts/pilots';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField, TextAreaField } from '../../../components/form-field.tsx';
import { MarkdownEditor } from '../../../components/markdown-editor/markdown-editor.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { usePostUpdate } from '../api/post-update.ts';
import { today } from '../pilot-dates.ts';

/** A team member's dated update, which may move the pilot on (or back); a stop needs its reason. */
export function UpdateComposer({ pilot }: { pilot: PilotDetail }) {
  const t = useT();
  const post = usePostUpdate();
  const [body, setBody] = useState('');
  const [happenedOn, setHappenedOn] = useState(today);
  const [stage, setStage] = useState<PilotStage | ''>('');
  const [stopReason, setStopReason] = useState('');
  const { message, fields } = formErrors(post.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    post.mutate(
      {
        pilotId: pilot.id,
        body,
        happenedOn,
        ...(stage ? { stage } : {}),
        ...(stage === 'stopped' ? { stopReason } : {}),
      },
      {
        onSuccess: () => {
          setBody('');
          setStage('');
          setStopReason('');
          setHappenedOn(today());
        },
      },
    );
  }

  return (
    <form
      className="panel pilot-composer"
      onSubmit={submit}
      noValidate
      aria-labelledby="pilot-composer-heading"
    >
      <h3 id="pilot-composer-heading" className="pilot-composer-heading">
        {t('pilots.composer.heading')}
      </h3>
      <MarkdownEditor
        label={t('pilots.composer.body')}
        hint={t('pilots.composer.bodyHint')}
        rows={5}
        maxLength={MAX_PILOT_UPDATE}
        value={body}
        onChange={setBody}
        error={fields.body}
        mentionsIn={
          pilot.visibility === 'cohort' && pilot.cohort
            ? { cohort: pilot.cohort.id }
            : { network: true }
        }
        draft={{ target: `pilot-update:${pilot.id}` }}
      />
      <div className="field-pair">
        <FormField
          label={t('pilots.composer.happenedOn')}
          type="date"
          value={happenedOn}
          max={today()}
          error={fields.happenedOn}
          onChange={(event) => setHappenedOn(event.target.value)}
          required
        />
        <SelectField
          label={t('pilots.composer.stage')}
          value={stage}
          error={fields.stage}
          onChange={(event) => setStage(event.target.value as PilotStage | '')}
        >
          <option value="">{t('pilots.composer.keepStage', { stage: pilot.stage })}</option>
          {PILOT_STAGES.filter((each) => each !== pilot.stage).map((each) => (
            <option key={each} value={each}>
              {t('pilots.composer.moveTo', { stage: each })}
            </option>
          ))}
        </SelectField>
      </div>
      {stage === 'stopped' && (
        <TextAreaField
          label={t('pilots.composer.stopReason')}
          hint={t('pilots.composer.stopReasonHint')}
          rows={3}
          maxLength={MAX_STOP_REASON}
          value={stopReason}
          error={fields.stopReason}
          onChange={(event) => setStopReason(event.target.value)}
          required
        />
      )}
      {message && Object.keys(fields).length === 0 && <Alert tone="error">{message}</Alert>}
      {post.isSuccess && <Alert tone="success">{t('pilots.composer.posted')}</Alert>}
      <button type="submit" className="button-primary" disabled={post.isPending}>
        {t(stage ? 'pilots.composer.postAndMove' : 'pilots.composer.post')}
      </button>
    </form>
  );
}
