import { useEffect } from 'react';

/** The custom property chat.css sizes the page with, falling back to 100dvh. */
const PROPERTY = '--visual-viewport-height';

/**
 * Keeps the chat page as tall as the part of the window the member sees. Chromium on Android
 * shrinks the layout viewport when the on-screen keyboard opens (the viewport meta asks for
 * `interactive-widget=resizes-content`), so 100dvh already follows it; Safari on iOS only
 * shrinks the visual viewport and lays the keyboard over the page, over the composer. While
 * the page is pinch-zoomed the visual viewport is a magnified part of the page, not what is
 * left above the keyboard, so the page keeps its dynamic-viewport height then.
 */
export function useVisualViewportHeight() {
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const root = document.documentElement;
    const follow = () => {
      if (Math.abs(viewport.scale - 1) > 0.01) root.style.removeProperty(PROPERTY);
      else root.style.setProperty(PROPERTY, `${Math.round(viewport.height)}px`);
    };
    follow();
    viewport.addEventListener('resize', follow);
    return () => {
      viewport.removeEventListener('resize', follow);
      root.style.removeProperty(PROPERTY);
    };
  }, []);
}
