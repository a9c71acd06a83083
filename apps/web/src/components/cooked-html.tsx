import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * A post, reply or story section as the server cooked it. The HTML is safe to insert as it is:
 * the server renders Markdown without raw HTML and passes the result through an allowlist
 * sanitiser when the text is written, and the Content-Security-Policy forbids inline scripts
 * besides. Links into Praxis itself (mentions are links to /members/<handle>) are followed by
 * the router, so the page is not loaded afresh. `lang` is the language the text is written in,
 * so that a screen reader speaks it in that language's voice.
 */
export function CookedHtml({
  html,
  className,
  lang,
}: {
  html: string;
  className?: string;
  lang?: string | undefined;
}) {
  const navigate = useNavigate();

  function followInternalLink(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0) return;
    // A modified click asks the browser for a new tab or window: leave it to the browser.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest('a');
    if (!anchor?.href) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  }

  return (
    // The click handler only changes how links are followed; links keep their own keyboard use.
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
    // biome-ignore lint/a11y/noStaticElementInteractions: see above.
    <div
      className={className ? `prose ${className}` : 'prose'}
      lang={lang}
      onClick={followInternalLink}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: cooked and sanitised by the server.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
