import type { Attachment } from '@praxis/contracts/attachments';
import type { ErrorResponse } from '@praxis/contracts/errors';
import { ApiError } from '../api-client.ts';
import { textOutsideReact } from '../text-outside-react.ts';

export interface AttachmentUpload {
  /** Resolves with the stored file, or rejects with the API's refusal (or 'aborted'). */
  done: Promise<Attachment>;
  abort(): void;
}

/**
 * Sends one file as the body of POST /api/attachments. XMLHttpRequest rather than fetch: it
 * reports upload progress and can be aborted midway, which fetch cannot do for a request body.
 */
export function uploadAttachment(file: File, onProgress: (fraction: number) => void) {
  const request = new XMLHttpRequest();
  const done = new Promise<Attachment>((resolve, reject) => {
    request.open('POST', `/api/attachments?name=${encodeURIComponent(file.name)}`);
    request.responseType = 'json';
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) return resolve(request.response as Attachment);
      const error = (request.response as ErrorResponse | null)?.error;
      reject(
        new ApiError(
          request.status,
          error?.code ?? 'internal',
          error?.message ??
            textOutsideReact('common.error.serverAnswered', { status: request.status }),
          error?.fields ?? {},
        ),
      );
    };
    request.onerror = () =>
      reject(new ApiError(0, 'unavailable', textOutsideReact('common.error.unreachable')));
    request.onabort = () => reject(new ApiError(0, 'aborted', ''));
    request.send(file);
  });
  return { done, abort: () => request.abort() } satisfies AttachmentUpload;
}
