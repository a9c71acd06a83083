import { MAX_BODY } from '@praxis/contracts/thread-rules';
import {
  type MarkdownDraft,
  MarkdownEditor,
  type MentionPlace,
} from '../../../components/markdown-editor/markdown-editor.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';

/** The Markdown body of a thread that is not a story, as it is written and edited. */
export function BodyField({
  id,
  hint,
  value,
  onChange,
  error,
  mentionsIn,
  draft,
}: {
  id: string;
  /** What this kind of thread should say, put before the Markdown hint. */
  hint?: string | undefined;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  mentionsIn: MentionPlace;
  draft: MarkdownDraft;
}) {
  const t = useT();
  return (
    <MarkdownEditor
      id={id}
      label={t('threads.form.bodyLabel')}
      hint={hint ? t('threads.form.bodyHint', { hint }) : t('threads.form.markdownHint')}
      rows={10}
      maxLength={MAX_BODY}
      value={value}
      onChange={onChange}
      error={error}
      mentionsIn={mentionsIn}
      draft={draft}
    />
  );
}
