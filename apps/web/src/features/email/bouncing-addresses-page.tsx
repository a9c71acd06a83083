import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { formErrors } from '../../components/form-errors.ts';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { LabelledCell } from '../../components/stacked-table.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useBouncingAddresses } from './api/list-bouncing-addresses.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** For admins: addresses mail bounced from, so someone can reach those members another way. */
export function BouncingAddressesPage() {
  useDocumentTitle('Bouncing addresses');
  const list = useBouncingAddresses();
  const addresses = list.data?.pages.flatMap((page) => page.addresses) ?? [];
  return (
    <section className="page">
      <h1>Bouncing addresses</h1>
      <p className="lead">
        Mail to these addresses came back undelivered. After a permanent failure Praxis sends
        nothing more to the address until its member says it works again; temporary failures are
        retried.
      </p>
      {list.isError && <Alert tone="error">{formErrors(list.error).message}</Alert>}
      {list.isPending && (
        <p className="loading" role="status">
          Loading bouncing addresses…
        </p>
      )}
      {list.isSuccess && addresses.length === 0 && (
        <p className="empty-state">No address is bouncing. Mail reaches every member.</p>
      )}
      {addresses.length > 0 && (
        <table className="table stacked-table">
          <caption className="visually-hidden">Addresses mail bounced from, latest first</caption>
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Member</th>
              <th scope="col">Status</th>
              <th scope="col">Last bounce</th>
            </tr>
          </thead>
          <tbody>
            {addresses.map((entry) => (
              <tr key={entry.address}>
                <LabelledCell label="Address">{entry.address}</LabelledCell>
                <LabelledCell label="Member">
                  {entry.member ? (
                    <Link to={`/members/${entry.member.handle}`}>{entry.member.name}</Link>
                  ) : (
                    <span className="muted">No member has this address now</span>
                  )}
                </LabelledCell>
                <LabelledCell label="Status">
                  {entry.hard
                    ? 'Stopped: bounced for good'
                    : `Retrying: ${entry.softBounces} temporary ${entry.softBounces === 1 ? 'failure' : 'failures'}`}
                </LabelledCell>
                <LabelledCell label="Last bounce">
                  {timeFormat.format(new Date(entry.lastBouncedAt))}
                  {entry.lastBounce && <div className="muted small">{entry.lastBounce}</div>}
                </LabelledCell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMoreButton list={list} label="Show older" />
    </section>
  );
}
