import { useEffect } from 'react';
import { useNetwork } from './network.ts';

/** Every page names itself, so screen readers and browser tabs tell pages apart. */
export function useDocumentTitle(title: string) {
  const { name } = useNetwork();
  useEffect(() => {
    document.title = `${title} · ${name}`;
  }, [title, name]);
}
