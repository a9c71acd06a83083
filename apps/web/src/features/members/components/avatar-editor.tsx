import { MAX_AVATAR_BYTES, type OwnProfile } from '@praxis/contracts/profiles';
import { type ChangeEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Avatar } from '../../../components/avatar.tsx';
import { formErrors } from '../../../components/form-errors.ts';
import { useRemoveAvatar } from '../api/remove-avatar.ts';
import { AVATAR_TYPES, useUploadAvatar } from '../api/upload-avatar.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Choose a picture, see it, then keep it; or remove the one there is. */
export function AvatarEditor({ profile }: { profile: OwnProfile }) {
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
      setProblem('Choose a JPEG, PNG or WebP image.');
    } else if (file.size > MAX_AVATAR_BYTES) {
      setProblem(
        `That picture is ${megabytes(file.size)}; the limit is 5 MB. Choose a smaller one, or resize it first.`,
      );
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
      <h2 id="picture-heading">Your picture</h2>
      <div className="avatar-editor-body">
        {chosen ? (
          <img
            className="avatar avatar-large"
            src={chosen.preview}
            alt="Preview of your new avatar"
            width={256}
            height={256}
          />
        ) : (
          <Avatar person={profile} size="large" />
        )}
        <div className="avatar-editor-controls">
          <div className="field">
            <label htmlFor="avatar-file">
              {current ? 'Choose a new picture' : 'Choose a picture'}
            </label>
            <p className="field-hint" id="avatar-file-hint">
              JPEG, PNG or WebP, up to 5 MB. It is cropped to a square, so keep your face near the
              middle.
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
          {upload.isSuccess && <Alert tone="success">Your new picture is saved.</Alert>}
          {remove.isSuccess && <Alert tone="success">Your picture is removed.</Alert>}
          <div className="button-row">
            {chosen && (
              <>
                <button
                  type="button"
                  className="button-primary"
                  disabled={upload.isPending}
                  onClick={() => upload.mutate(chosen.file, { onSuccess: clearChoice })}
                >
                  {upload.isPending ? 'Uploading…' : 'Use this picture'}
                </button>
                <button type="button" className="button-secondary" onClick={clearChoice}>
                  Cancel
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
                Remove picture
              </button>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
