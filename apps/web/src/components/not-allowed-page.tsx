import type { AccountMember } from '@praxis/contracts/members';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/**
 * A page the member's role does not open, named in the API's own words ("Only admins can read
 * the outbox."), with what the page is for, so that nobody wonders whether it exists.
 */
export function NotAllowedPage({
  roles,
  doing,
  children,
}: {
  roles: readonly AccountMember['role'][];
  doing: string;
  children?: ReactNode;
}) {
  const title = `Only ${roles.map((role) => `${role}s`).join(' and ')} can ${doing}`;
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1>{title}</h1>
      {children && <p className="lead">{children}</p>}
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </section>
  );
}
