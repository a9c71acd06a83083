import type { ReactNode } from 'react';

/** The `<hidden>` tag of a message: words for screen readers that the eye gets from the layout. */
export const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
