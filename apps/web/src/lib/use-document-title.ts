import { useEffect } from 'react';

/** Every page names itself, so screen readers and browser tabs tell pages apart. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Praxis`;
  }, [title]);
}
