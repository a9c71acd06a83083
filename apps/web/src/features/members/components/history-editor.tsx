import type { Position } from '@praxis/contracts/positions';
import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useRemovePosition } from '../api/remove-position.ts';
import { CareerList } from './career-list.tsx';
import { PositionForm } from './position-form.tsx';

/**
 * The organisation history in the profile editor: each post can be edited or removed, and one
 * form at a time adds or edits a post.
 */
export function HistoryEditor({ positions }: { positions: Position[] }) {
  const t = useT();
  const remove = useRemovePosition();
  // null: no form open; 'new': adding; otherwise the id of the post being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const edited = positions.find((position) => position.id === editing);

  return (
    <section className="history-editor" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('careers.editor.heading')}</h2>
      <p className="muted">{t('careers.editor.lead')}</p>
      {remove.isError && <Alert tone="error">{formErrors(remove.error).message}</Alert>}
      {positions.length === 0 && <p>{t('careers.editor.empty')}</p>}
      <CareerList
        positions={positions}
        actions={(position) =>
          editing === position.id ? (
            <PositionForm position={edited} onDone={() => setEditing(null)} />
          ) : (
            <div className="career-actions">
              <button
                type="button"
                className="button-secondary"
                aria-label={t('careers.editor.editLabel', {
                  role: position.role,
                  organisation: position.organisation,
                })}
                onClick={() => setEditing(position.id)}
              >
                {t('careers.editor.edit')}
              </button>
              <button
                type="button"
                className="button-secondary"
                aria-label={t('careers.editor.removeLabel', {
                  role: position.role,
                  organisation: position.organisation,
                })}
                disabled={remove.isPending}
                onClick={() => remove.mutate(position.id)}
              >
                {t('careers.editor.remove')}
              </button>
            </div>
          )
        }
      />
      {editing === 'new' ? (
        <PositionForm onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button-primary" onClick={() => setEditing('new')}>
          {t('careers.editor.add')}
        </button>
      )}
    </section>
  );
}
