import { members } from '@praxis/db/schema/members';

/**
 * The columns of an AccountMember (who is acting, and in what language), for any module that
 * selects a member to act as or write to; the members module owns the table.
 */
export const accountColumns = {
  id: members.id,
  email: members.email,
  name: members.name,
  role: members.role,
  locale: members.locale,
};
