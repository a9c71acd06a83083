import type { AccountMember } from '@praxis/contracts/members';
import type { ReactNode } from 'react';
import type { MessageId } from '../lib/i18n/message-ids.ts';
import { useT } from '../lib/i18n/use-t.tsx';
import { NotAllowedPage } from './not-allowed-page.tsx';

export interface OnlyForProps {
  member: AccountMember;
  roles: AccountMember['role'][];
  /** Who may do what the page lets one do: "Only admins can read the outbox". */
  refusal: MessageId;
  page: ReactNode;
  /** What the page is for, told to those it refuses. */
  purpose?: MessageId;
}

/** A page for some roles only; anyone else is told who may use it, and what it is for. */
export function OnlyFor({ member, roles, refusal, page, purpose }: OnlyForProps) {
  const t = useT();
  if (roles.includes(member.role)) return page;
  return <NotAllowedPage title={t(refusal)}>{purpose && t(purpose)}</NotAllowedPage>;
}
