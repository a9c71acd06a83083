// The public pages' one stylesheet, served from the showcase's own address: the Content Security
// Policy allows styles from this site only, never inline. It takes the network's accent colour
// (checked for contrast with white text when admins chose it).

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
const FALLBACK_ACCENT = '#1d4e89';

export function showcaseStylesheet(accentColour: string): string {
  const accent = HEX_COLOUR.test(accentColour) ? accentColour : FALLBACK_ACCENT;
  return `:root {
  --accent: ${accent};
  --ink: #1c1f24;
  --muted: #545b66;
  --line: #d9dde3;
  --paper: #ffffff;
  --wash: #f5f6f8;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--wash);
  color: var(--ink);
  font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  overflow-wrap: anywhere;
}
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, select:focus-visible {
  outline: 3px solid var(--accent);
  outline-offset: 2px;
}
header.site {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.5rem 1rem;
  padding: 0.75rem 1rem;
  background: var(--accent);
  color: #fff;
}
header.site a { color: #fff; }
.brand {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  font-weight: 700;
  font-size: 1.1rem;
  text-decoration: none;
}
.brand img { border-radius: 6px; background: #fff; }
.languages ul { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; margin: 0; padding: 0; list-style: none; font-size: 0.9rem; }
.languages [aria-current] { font-weight: 700; text-decoration: underline; text-underline-offset: 0.2em; }
main {
  display: grid;
  gap: 1.25rem;
  max-width: 60rem;
  margin: 0 auto;
  padding: 1.25rem 1rem 2rem;
}
main > * { min-width: 0; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.2rem; line-height: 1.3; margin: 0 0 0.5rem; }
h3 { font-size: 1.1rem; line-height: 1.35; margin: 0.25rem 0 0.35rem; }
.intro p { margin: 0; color: var(--muted); max-width: 42rem; }
.filters fieldset {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
  gap: 0.75rem;
  margin: 0;
  padding: 0.75rem 1rem 1rem;
  border: 1px solid var(--line);
  border-radius: 10px;
  background: var(--paper);
}
.filters legend { padding: 0 0.25rem; font-weight: 600; }
.filters label { display: grid; gap: 0.25rem; font-size: 0.9rem; color: var(--muted); }
.filters select, .button, button {
  min-height: 2.75rem;
  font: inherit;
  border-radius: 8px;
}
.filters select { width: 100%; padding: 0.4rem 0.5rem; border: 1px solid var(--line); background: var(--paper); color: var(--ink); }
.filters .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; align-self: end; }
button, .button {
  display: inline-flex;
  align-items: center;
  padding: 0.5rem 1.1rem;
  border: 0;
  background: var(--accent);
  color: #fff;
  font-weight: 600;
  text-decoration: none;
  cursor: pointer;
}
.cards { display: grid; gap: 1rem; margin: 0; padding: 0; list-style: none; }
@media (min-width: 48rem) {
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  main:has(> .item) {
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    align-items: start;
  }
  main:has(> .item) > .item { grid-row: span 2; }
  main:has(> .item) > .join { grid-column: 2; }
}
.card, .item, .about, .join, .message {
  padding: 1rem 1.1rem;
  border: 1px solid var(--line);
  border-radius: 10px;
  background: var(--paper);
}
.card h3 a { text-decoration: none; }
.card h3 a:hover { text-decoration: underline; }
.card p { margin: 0 0 0.5rem; }
.kicker { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--accent); }
.kicker span + span { color: var(--muted); }
.meta { color: var(--muted); font-size: 0.9rem; }
.topics { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.25rem 0 0; padding: 0; list-style: none; }
.topics a { display: inline-block; padding: 0.15rem 0.6rem; border: 1px solid var(--line); border-radius: 999px; font-size: 0.85rem; text-decoration: none; }
.pages { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; margin-top: 1rem; }
.empty { color: var(--muted); }
.item section { margin-top: 1.25rem; }
.prose > :first-child { margin-top: 0; }
.prose blockquote { margin: 0.5rem 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
.prose pre { overflow-x: auto; padding: 0.75rem; background: var(--wash); border-radius: 6px; }
.prose table { display: block; overflow-x: auto; border-collapse: collapse; }
.prose th, .prose td { padding: 0.3rem 0.6rem; border: 1px solid var(--line); }
.about dl { margin: 0 0 1rem; }
.about dt { margin-top: 0.75rem; font-weight: 600; font-size: 0.9rem; color: var(--muted); }
.about dd { margin: 0.15rem 0 0; }
.credits { margin: 0; padding-left: 1.1rem; }
.join { border-color: var(--accent); }
.join p:last-child { margin-bottom: 0; }
footer.site { max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 2rem; color: var(--muted); font-size: 0.9rem; }
footer.site p { margin: 0 0 0.4rem; }
`;
}
