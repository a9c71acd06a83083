import type { SnippetPart } from '@praxis/contracts/search';

/** The words around a search match, the matched words marked; plain text, never HTML. */
export function SnippetText({ parts, lang }: { parts: SnippetPart[]; lang: string }) {
  return (
    <span lang={lang}>
      {parts.map((part, index) =>
        part.highlighted ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their place.
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
