import type { AccountMember } from '@praxis/contracts/members';
import {
  isStory,
  MAX_TAGS,
  MAX_TITLE,
  type StoryText,
  type ThreadKind,
} from '@praxis/contracts/threads';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { fieldError, formErrors } from '../../components/form-errors.ts';
import { FormField, SelectField } from '../../components/form-field.tsx';
import { TagInput } from '../../components/tag-input.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useCreateThread } from './api/create-thread.ts';
import { BodyField } from './components/body-field.tsx';
import { KindPicker } from './components/kind-picker.tsx';
import { SimilarThreads } from './components/similar-threads.tsx';
import { EMPTY_STORY, StoryFields } from './components/story-fields.tsx';
import { useCohortChoices } from './use-cohort-choices.ts';

const BODY_HINTS: Partial<Record<ThreadKind, string>> = {
  question:
    'What you are trying to do, what you tried already, and what kind of answer would help.',
  discussion: 'What you would like to talk about, and why now.',
  announcement: 'The news, and what members should do about it.',
};

export function NewThreadPage({ member }: { member: AccountMember }) {
  useDocumentTitle('New thread');
  const navigate = useNavigate();
  const create = useCreateThread();
  const { cohorts } = useCohortChoices(member, 'own');
  const kinds: ThreadKind[] = ['question', 'success', 'failure', 'discussion'];
  if (member.role !== 'member') kinds.push('announcement');

  const [kind, setKind] = useState<ThreadKind>('question');
  const [title, setTitle] = useState('');
  const [cohortId, setCohortId] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [body, setBody] = useState('');
  const [story, setStory] = useState<StoryText>(EMPTY_STORY);
  const { message, fields } = formErrors(create.error);
  const storyKind = isStory(kind);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      {
        kind,
        title,
        tags,
        cohortId: cohortId || null,
        ...(storyKind ? { story } : { body }),
      },
      {
        // A question lands with the advice panel open: the moment to ask people directly.
        onSuccess: (thread) => navigate(`/threads/${thread.id}`),
      },
    );
  }

  return (
    <section className="page narrow">
      <p className="back-link">
        <Link to="/threads">Threads</Link>
      </p>
      <h1>New thread</h1>
      <form onSubmit={submit} noValidate className="thread-form">
        <KindPicker kind={kind} kinds={kinds} onChange={setKind} error={fields.kind} />
        <FormField
          id="thread-title"
          label="Title"
          hint={
            kind === 'question'
              ? 'Your question in one sentence.'
              : 'What the thread is about, in a few words.'
          }
          maxLength={MAX_TITLE}
          required
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fields.title}
        />
        {kind === 'question' && <SimilarThreads title={title} />}
        <SelectField
          id="thread-cohort"
          label="Who can see it"
          hint={
            cohorts.length === 0
              ? 'You are in no cohort yet, so the thread goes to the whole network.'
              : undefined
          }
          value={cohortId}
          onChange={(event) => setCohortId(event.target.value)}
          error={fields.cohortId}
        >
          <option value="">The whole network</option>
          {cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              Only {cohort.name}
            </option>
          ))}
        </SelectField>
        <TagInput
          id="thread-tags"
          label="Tags"
          hint={`Up to ${MAX_TAGS}, like procurement or service design, so others find it.`}
          tags={tags}
          max={MAX_TAGS}
          onChange={setTags}
          error={fieldError(fields, 'tags', tags)}
        />
        {storyKind ? (
          <StoryFields story={story} onChange={setStory} fields={fields} idPrefix="thread" />
        ) : (
          <BodyField
            id="thread-body"
            hint={BODY_HINTS[kind]}
            value={body}
            onChange={setBody}
            error={fields.body}
          />
        )}
        {message && <Alert tone="error">{message}</Alert>}
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={create.isPending}>
            {create.isPending ? 'Posting…' : 'Post thread'}
          </button>
          <Link to="/threads">Cancel</Link>
        </div>
      </form>
    </section>
  );
}
