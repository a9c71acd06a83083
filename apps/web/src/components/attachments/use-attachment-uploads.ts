import { type Attachment, MAX_ATTACHMENTS_PER_POST } from '@praxis/contracts/attachments';
import { type ClipboardEvent, type DragEvent, useRef, useState } from 'react';
import { uploadAttachment } from '../../lib/api/upload-attachment.ts';
import { ApiError } from '../../lib/api-client.ts';

export interface PendingUpload {
  key: number;
  name: string;
  fraction: number;
  error: string | null;
}

const hasFiles = (transfer: DataTransfer | null) =>
  !!transfer && Array.from(transfer.types).includes('Files');

/**
 * The files a composer attaches: uploaded as soon as they are chosen, pasted or dropped, each
 * with its progress and a way to cancel it; `ids` go with the post, `reset` after it is sent.
 * An edit starts from the post's files (`initial`) and sends every file it keeps.
 */
export function useAttachmentUploads(initial: Attachment[] = []) {
  const [files, setFiles] = useState<Attachment[]>(initial);
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const aborts = useRef(new Map<number, () => void>());
  const nextKey = useRef(0);

  const change = (key: number, update: Partial<PendingUpload> | null) =>
    setPending((list) =>
      update === null
        ? list.filter((each) => each.key !== key)
        : list.map((each) => (each.key === key ? { ...each, ...update } : each)),
    );

  function add(chosen: Iterable<File>) {
    for (const file of chosen) {
      const key = nextKey.current++;
      setPending((list) => [...list, { key, name: file.name, fraction: 0, error: null }]);
      const upload = uploadAttachment(file, (fraction) => change(key, { fraction }));
      aborts.current.set(key, upload.abort);
      upload.done.then(
        (attachment) => {
          change(key, null);
          setFiles((list) => [...list, attachment].slice(0, MAX_ATTACHMENTS_PER_POST));
        },
        (error: unknown) => {
          if (error instanceof ApiError && error.code === 'aborted') return change(key, null);
          change(key, { error: error instanceof Error ? error.message : String(error) });
        },
      );
    }
  }

  const ids = files.map((file) => file.id);
  return {
    files,
    pending,
    ids,
    /** Files the post had when the edit began and no longer lists: saving deletes them. */
    removed: initial.filter((file) => !ids.includes(file.id)),
    busy: pending.some((each) => each.error === null),
    add,
    remove: (id: string) => setFiles((list) => list.filter((file) => file.id !== id)),
    cancel(key: number) {
      aborts.current.get(key)?.();
      aborts.current.delete(key);
      change(key, null);
    },
    reset() {
      setFiles([]);
      setPending([]);
    },
    /** Spread on the element around the composer: files pasted or dropped there are attached. */
    dropTarget: {
      onPaste(event: ClipboardEvent) {
        const pasted = Array.from(event.clipboardData.files);
        if (pasted.length === 0) return;
        event.preventDefault();
        add(pasted);
      },
      onDragOver(event: DragEvent) {
        if (hasFiles(event.dataTransfer)) event.preventDefault();
      },
      onDrop(event: DragEvent) {
        if (!hasFiles(event.dataTransfer)) return;
        event.preventDefault();
        add(Array.from(event.dataTransfer.files));
      },
    },
  };
}

export type AttachmentUploads = ReturnType<typeof useAttachmentUploads>;
