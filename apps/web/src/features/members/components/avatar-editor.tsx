import { MAX_AVATAR_BYTES, type OwnProfile } from '@praxis/contracts/profiles';
import { type ChangeEvent, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../../components/alert.tsx';
import { Avatar } from '../../../components/avatar.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { useRemoveAvatar } from '../api/remove-avatar.ts';
import { AVATAR_TYPES, useUploadAvatar } from '../api/upload-avatar.ts';

/** Choose a picture, see it, then keep it; or remove the one there is. */
export function AvatarEditor({ profile }: { profile: OwnProfile }) {
  const t = useT();
  const intl = useIntl();
  const megabytes = (bytes: number, fractionDigits: number) =>
    intl.formatNumber(bytes / 1024 / 1024, {
      style: 'unit',
      unit: 'megabyte',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
  const limit = megabytes(MAX_AVATAR_BYTES, 0);
  const upload = useUploadAvatar();
  const remove = useRemoveAvatar();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<{ file: File; preview: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = profile.avatar;
  const failure = upload.error ?? remove.error;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    upload.reset();
    remove.reset();
    setChosen(null);
    const file = event.target.files?.[0];
    if (!file) return;
    // Some systems give no type for a file; the server then judges it by its content.
    if (file.type && !AVATAR_TYPES.includes(file.type)) {
      setProblem(t('members.avatar.wrongType'));
    } else if (file.size > MAX_AVATAR_BYTES) {
      setProblem(t('members.avatar.tooLarge', { size: megabytes(file.size, 1), limit }));
    } else {
      setProblem(null);
      // A data: URL, because the Content-Security-Policy allows those images and not blob: ones.
      const reader = new FileReader();
      reader.onload = () => setChosen({ file, preview: String(reader.result) });
      reader.readAsDataURL(file);
      return;
    }
    event.target.value = '';
  }

  function clearChoice() {
    setChosen(null);
    if (input.current) input.current.value = '';
  }

  return (
    <section className="avatar-editor" aria-labelledby="picture-heading">
      <h2 id="picture-heading">{t('members.avatar.heading')}</h2>
      <div className="avatar-editor-body">
        {chosen ? (
          <img
            className="avatar avatar-large"
            src={chosen.preview}
            alt={t('members.avatar.preview')}
            width={256}
            height={256}
          />
        ) : (
          <Avatar person={profile} size="large" />
        )}
        <div className="avatar-editor-controls">
          <div className="field">
            <label htmlFor="avatar-file">
              {t(current ? 'members.avatar.chooseNew' : 'members.avatar.choose')}
            </label>
            <p className="field-hint" id="avatar-file-hint">
              {t('members.avatar.hint', { limit })}
            </p>
            <input
              ref={input}
              id="avatar-file"
              type="file"
              accept={AVATAR_TYPES.join(',')}
              aria-describedby={problem ? 'avatar-file-hint avatar-file-error' : 'avatar-file-hint'}
              aria-invalid={problem ? true : undefined}
              onChange={choose}
            />
            {problem && (
              <p className="field-error" id="avatar-file-error" role="alert">
                {problem}
              </p>
            )}
          </div>
          {failure && <Alert tone="error">{formErrors(failure).message}</Alert>}
          {upload.isSuccess && <Alert tone="success">{t('members.avatar.saved')}</Alert>}
          {remove.isSuccess && <Alert tone="success">{t('members.avatar.removed')}</Alert>}
          <div className="button-row">
            {chosen && (
              <>
                <button
                  type="button"
                  className="button-primary"
                  disabled={upload.isPending}
                  onClick={() => upload.mutate(chosen.file, { onSuccess: clearChoice })}
                >
                  {t(upload.isPending ? 'members.avatar.uploading' : 'members.avatar.use')}
                </button>
                <button type="button" className="button-secondary" onClick={clearChoice}>
                  {t('members.avatar.cancel')}
                </button>
              </>
            )}
            {!chosen && current && (
              <button
                type="button"
                className="button-secondary"
                disabled={remove.isPending}
                onClick={() => remove.mutate()}
              >
                {t('members.avatar.remove')}
              </button>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
