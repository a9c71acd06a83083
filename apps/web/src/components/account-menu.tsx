import type { AccountMember } from '@praxis/contracts/members';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Avatar } from './avatar.tsx';
import { LanguageSwitch } from './language-switch.tsx';

interface AccountMenuProps {
  member: AccountMember;
  onSignOut(): void;
}

/** A disclosure menu: Enter or Space opens it, Escape closes it and returns focus to the button. */
export function AccountMenu({ member, onSignOut }: AccountMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const close = () => setOpen(false);
  return (
    <div className="account-menu" ref={container}>
      <button
        ref={button}
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar person={member} size="small" decorative />
        <span className="account-name">{member.name}</span>
        <span className="visually-hidden">, account menu</span>
      </button>
      <ul id={menuId} className="account-list" hidden={!open}>
        <li className="account-summary">
          Signed in as <strong>{member.email}</strong>
          <br />
          <span className="role-badge">{member.role}</span>
        </li>
        <li>
          <Link to="/profile" onClick={close}>
            Your profile
          </Link>
        </li>
        <li>
          <Link to="/cohorts" onClick={close}>
            Programmes and cohorts
          </Link>
        </li>
        <li>
          <Link to="/account" onClick={close}>
            Account and security
          </Link>
        </li>
        <li>
          <Link to="/settings/email" onClick={close}>
            E-mail settings
          </Link>
        </li>
        {member.role !== 'member' && (
          <>
            <li>
              <Link to="/invitations" onClick={close}>
                Invite people
              </Link>
            </li>
            <li>
              <Link to="/flags" onClick={close}>
                Flags to review
              </Link>
            </li>
          </>
        )}
        {member.role === 'admin' && (
          <li>
            <Link to="/outbox" onClick={close}>
              E-mail outbox
            </Link>
          </li>
        )}
        {member.role === 'admin' && (
          <li>
            <Link to="/admin/email/bounces" onClick={close}>
              Bouncing addresses
            </Link>
          </li>
        )}
        <li className="account-language">
          <LanguageSwitch signedIn />
        </li>
        <li>
          <button
            type="button"
            onClick={() => {
              close();
              onSignOut();
            }}
          >
            Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}
