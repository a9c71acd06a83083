import type { NetworkSettings, TestMailResult } from '@praxis/contracts/settings';
import { Alert } from '../../../components/alert.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useSendTestMail } from '../api/send-test-mail.ts';

/** How mail leaves, and a test mail whose answer from the server is shown as it came. */
export function TestMailSection({ settings }: { settings: NetworkSettings }) {
  const t = useT();
  const send = useSendTestMail();
  const { message } = formErrors(send.error);
  return (
    <div className="stack">
      <p>
        {settings.mailTransport === 'smtp'
          ? t('settings.network.mailSmtp')
          : t('settings.network.mailOutbox')}
      </p>
      <div>
        <button
          type="button"
          className="button-secondary"
          disabled={send.isPending}
          onClick={() => send.mutate()}
        >
          {send.isPending
            ? t('settings.network.testMailSending')
            : t('settings.network.testMailSend')}
        </button>
      </div>
      {message && <Alert tone="error">{message}</Alert>}
      {send.data && <TestMailAnswer result={send.data} />}
    </div>
  );
}

function TestMailAnswer({ result }: { result: TestMailResult }) {
  const t = useT();
  const values = { to: result.to, response: result.response };
  if (result.transport === 'outbox') {
    return <Alert tone="info">{t('settings.network.testMailOutbox', values)}</Alert>;
  }
  return result.accepted ? (
    <Alert tone="success">{t('settings.network.testMailAccepted', values)}</Alert>
  ) : (
    <Alert tone="error">{t('settings.network.testMailRefused', values)}</Alert>
  );
}
