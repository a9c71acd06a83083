import { useId, useState } from 'react';

/** A deletion's last step: a box to tick that says what it means, and the button it unlocks. */
export function ConfirmDeletion({
  confirm,
  submit,
  pending,
}: {
  confirm: string;
  submit: string;
  pending: boolean;
}) {
  const id = useId();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <>
      <div className="checkbox-field">
        <input
          id={id}
          type="checkbox"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
        />
        <label htmlFor={id}>{confirm}</label>
      </div>
      <button type="submit" className="button-danger" disabled={!confirmed || pending}>
        {submit}
      </button>
    </>
  );
}
