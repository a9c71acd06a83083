import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { FormField, SelectField } from '../../../components/form-field.tsx';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useChangeLinks } from '../api/change-links.ts';
import { useMeetupAgenda } from '../api/get-meetup-agenda.ts';
import { linkTargetOf } from '../link-address.ts';

/**
 * A link added by pasting the address of a thread, story or lesson; a meetup's address offers its
 * contributions to choose from.
 */
export function AddLinkForm({ pilotId }: { pilotId: string }) {
  const t = useT();
  const [address, setAddress] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [unknown, setUnknown] = useState(false);
  const target = linkTargetOf(address);
  const meetupId = target && 'meetupId' in target ? target.meetupId : null;
  const agenda = useMeetupAgenda(meetupId);
  const { add } = useChangeLinks();
  const { message } = formErrors(add.error ?? agenda.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const link = target && 'link' in target ? target.link : agendaItemId ? { agendaItemId } : null;
    setUnknown(!link);
    if (!link) return;
    add.mutate(
      { pilotId, ...link },
      {
        onSuccess: () => {
          setAddress('');
          setAgendaItemId('');
        },
      },
    );
  }

  return (
    <details className="pilot-link-add">
      <summary>{t('pilots.links.add')}</summary>
      <form onSubmit={submit} noValidate>
        <FormField
          label={t('pilots.links.address')}
          hint={t('pilots.links.addressHint')}
          value={address}
          error={
            unknown && !meetupId
              ? t('pilots.links.unknownAddress')
              : unknown
                ? t('pilots.links.pickContribution')
                : undefined
          }
          onChange={(event) => {
            setAddress(event.target.value);
            setUnknown(false);
          }}
        />
        {meetupId && agenda.data && (
          <SelectField
            label={t('pilots.links.contribution', { meetup: agenda.data.title })}
            value={agendaItemId}
            onChange={(event) => setAgendaItemId(event.target.value)}
          >
            <option value="">{t('pilots.links.chooseContribution')}</option>
            {agenda.data.agenda.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </SelectField>
        )}
        {message && <Alert tone="error">{message}</Alert>}
        <button type="submit" className="button-secondary" disabled={add.isPending}>
          {t('pilots.links.submit')}
        </button>
      </form>
    </details>
  );
}
