import type { InviteeListCheck } from '@praxis/contracts/invitations';
import { Alert } from '../../../components/alert.tsx';

/**
 * The checked list, row by row: who will be invited and which rows are wrong and why. Those who
 * already have an account are offered beside it (existing-members-panel.tsx).
 */
export function InviteeCheckResult({
  result,
  sending,
  error,
  onConfirm,
}: {
  result: InviteeListCheck;
  sending: boolean;
  error: string | null;
  onConfirm: () => void;
}) {
  const count = result.valid.length;
  return (
    <section className="panel" aria-labelledby="check-heading">
      <h2 id="check-heading">Checked: {summary(result)}</h2>
      {result.invalid.length > 0 && (
        <>
          <h3>
            {result.invalid.length} {result.invalid.length === 1 ? 'row needs' : 'rows need'} fixing
          </h3>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">As written</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {result.invalid.map((row) => (
                <tr key={`${row.row}-${row.text}-${row.reason}`}>
                  <td>{row.row}</td>
                  <td>
                    <code>{row.text}</code>
                  </td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            These rows are left out. Fix them in the list above and check again, or invite the
            others now.
          </p>
        </>
      )}
      {count > 0 && (
        <>
          <h3>Ready to invite</h3>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Organisation</th>
              </tr>
            </thead>
            <tbody>
              {result.valid.map((row) => (
                <tr key={row.email}>
                  <td>{row.row}</td>
                  <td>{row.name || <span className="muted">—</span>}</td>
                  <td>{row.email}</td>
                  <td>{row.organisation || <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {error && <Alert tone="error">{error}</Alert>}
          <button type="button" className="button-primary" disabled={sending} onClick={onConfirm}>
            {sending ? 'Sending…' : `Send ${count} ${count === 1 ? 'invitation' : 'invitations'}`}
          </button>
        </>
      )}
      {count === 0 && <p>There is no one left to invite in this list.</p>}
    </section>
  );
}

function summary(result: InviteeListCheck) {
  const parts = [`${result.valid.length} ready to invite`];
  if (result.invalid.length) parts.push(`${result.invalid.length} with problems`);
  const members = result.alreadyMembers.length;
  if (members) parts.push(`${members} already ${members === 1 ? 'a member' : 'members'}`);
  return parts.join(', ');
}
