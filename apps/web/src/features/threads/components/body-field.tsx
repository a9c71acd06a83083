import { MAX_BODY } from '@praxis/contracts/threads';
import { TextAreaField } from '../../../components/form-field.tsx';

const MARKDOWN_HINT =
  'Markdown works: **bold**, *italics*, lists, links, and @handle to mention someone.';

/** The Markdown body of a thread that is not a story, as it is written and edited. */
export function BodyField({
  id,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  /** What this kind of thread should say, put before the Markdown hint. */
  hint?: string | undefined;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}) {
  return (
    <TextAreaField
      id={id}
      label="Body"
      hint={hint ? `${hint} ${MARKDOWN_HINT}` : MARKDOWN_HINT}
      rows={10}
      maxLength={MAX_BODY}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}
