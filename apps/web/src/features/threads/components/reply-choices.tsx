import type { AccountMember } from '@praxis/contracts/members';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { isOwnAnonymous } from '../../../components/author-link.tsx';
import { OffRecordField } from '../../../components/off-record.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useCohortChoices } from '../use-cohort-choices.ts';
import { type AnonymityChoice, AnonymityField } from './anonymity-field.tsx';

export interface ReplyPrivacy {
  anonymous: AnonymityChoice;
  offRecord: boolean;
}

export const OPEN_REPLY: ReplyPrivacy = { anonymous: null, offRecord: false };

/**
 * How a reply is posted: anonymously or not, off the record or not. In a thread its author
 * started anonymously there is no choice: the server keeps their replies anonymous as the thread
 * is, and the composer says so.
 */
export function ReplyChoices({
  thread,
  viewer,
  value,
  onChange,
}: {
  thread: ThreadDetail;
  viewer: AccountMember;
  value: ReplyPrivacy;
  onChange(value: ReplyPrivacy): void;
}) {
  const t = useT();
  const { cohorts } = useCohortChoices(viewer, 'own');
  const asThreadAuthor = isOwnAnonymous(thread.author) ? thread.author.anonymous : undefined;
  const cohort = asThreadAuthor?.cohort?.name;
  return (
    <>
      {asThreadAuthor ? (
        <p className="anonymity-notice">
          {cohort
            ? t('anonymity.choice.replyInCohort', { cohort })
            : t('anonymity.choice.replyInNetwork')}
        </p>
      ) : (
        <AnonymityField
          id="reply-anonymous"
          value={value.anonymous}
          cohorts={cohorts}
          preferredCohortId={thread.cohort?.id ?? null}
          onChange={(anonymous) => onChange({ ...value, anonymous })}
        />
      )}
      <OffRecordField
        id="reply-off-record"
        checked={value.offRecord}
        onChange={(offRecord) => onChange({ ...value, offRecord })}
      />
    </>
  );
}
