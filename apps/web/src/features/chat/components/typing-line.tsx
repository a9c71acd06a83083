/** "Amra Hadžić is typing…"; the line keeps its height so the messages above do not jump. */
export function TypingLine({
  typing,
}: {
  typing: Readonly<Record<string, { name: string; until: number }>>;
}) {
  const typists = Object.values(typing).map((typist) => typist.name);
  let text = '';
  if (typists.length === 1) text = `${typists[0]} is typing…`;
  else if (typists.length === 2) text = `${typists[0]} and ${typists[1]} are typing…`;
  else if (typists.length > 2) text = 'Several people are typing…';
  return <p className="typing-line small muted">{text}</p>;
}
