import type { ReactNode } from 'react';

/** Tags a message may use without the caller passing them: `Read <strong>this</strong>`. */
export const richText = {
  strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
  em: (chunks: ReactNode[]) => <em>{chunks}</em>,
  code: (chunks: ReactNode[]) => <code>{chunks}</code>,
};
