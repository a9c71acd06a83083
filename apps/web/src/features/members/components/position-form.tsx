import { GovernmentLevel, type Position, type PositionBody } from '@praxis/contracts/positions';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useSavePosition } from '../api/save-position.ts';

const blank: PositionBody = {
  role: '',
  organisation: '',
  level: 'national',
  policyArea: '',
  from: '',
  to: null,
};

/** Adds a post, or edits `position`; `onDone` closes the form once saved or cancelled. */
export function PositionForm({
  position,
  onDone,
}: {
  position?: Position | undefined;
  onDone(): void;
}) {
  const t = useT();
  const save = useSavePosition();
  const [post, setPost] = useState<PositionBody>(position ?? blank);
  const current = post.to === null || post.to === undefined;
  const { message, fields } = formErrors(save.error);
  const set = (change: Partial<PositionBody>) => setPost((before) => ({ ...before, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ ...post, id: position?.id }, { onSuccess: onDone });
  }

  return (
    <form className="position-form" onSubmit={submit} noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      <FormField
        label={t('careers.editor.role')}
        required
        maxLength={140}
        value={post.role}
        onChange={(event) => set({ role: event.target.value })}
        error={fields.role}
      />
      <FormField
        label={t('careers.editor.organisation')}
        required
        maxLength={140}
        value={post.organisation}
        onChange={(event) => set({ organisation: event.target.value })}
        error={fields.organisation}
      />
      <SelectField
        label={t('careers.editor.level')}
        value={post.level}
        onChange={(event) => set({ level: event.target.value as PositionBody['level'] })}
        error={fields.level}
      >
        {GovernmentLevel.options.map((level) => (
          <option key={level} value={level}>
            {t(`careers.level.${level}`)}
          </option>
        ))}
      </SelectField>
      <FormField
        label={t('careers.editor.policyArea')}
        hint={t('careers.editor.policyAreaHint')}
        maxLength={80}
        value={post.policyArea ?? ''}
        onChange={(event) => set({ policyArea: event.target.value })}
        error={fields.policyArea}
      />
      <div className="position-months">
        <FormField
          label={t('careers.editor.from')}
          type="month"
          required
          placeholder="2024-03"
          value={post.from}
          onChange={(event) => set({ from: event.target.value })}
          error={fields.from}
        />
        {!current && (
          <FormField
            label={t('careers.editor.to')}
            type="month"
            placeholder="2024-03"
            value={post.to ?? ''}
            onChange={(event) => set({ to: event.target.value })}
            error={fields.to}
          />
        )}
      </div>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={current}
          onChange={(event) => set({ to: event.target.checked ? null : post.from || '' })}
        />{' '}
        {t('careers.editor.current')}
      </label>
      <div className="position-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {t('careers.editor.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('careers.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
