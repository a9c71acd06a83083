import { useT } from '../../../lib/i18n/use-t.tsx';

/** "Amra Hadžić is typing…"; the line keeps its height so the messages above do not jump. */
export function TypingLine({
  typing,
}: {
  typing: Readonly<Record<string, { name: string; until: number }>>;
}) {
  const t = useT();
  const typists = Object.values(typing).map((typist) => typist.name);
  let text = '';
  if (typists.length === 1) text = t('chat.typing.one', { name: typists[0] });
  else if (typists.length === 2) {
    text = t('chat.typing.two', { first: typists[0], second: typists[1] });
  } else if (typists.length > 2) text = t('chat.typing.several');
  return <p className="typing-line small muted">{text}</p>;
}
