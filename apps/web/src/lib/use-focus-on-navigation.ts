import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a link inside the app, focus goes to the new page's main region, where a page load
 * would start the reader. Left alone it falls to the body when the followed link goes away (or
 * stays in the navigation), and Tab starts over from the top of the header. Focus that the new
 * page put inside its main region itself (a chat room's composer) stays where it is.
 */
export function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }, [pathname]);
}
