// The charts' colours: each at least 3:1 against the page and the card behind a chart (WCAG
// 1.4.11, checked in chart-colours.test.ts), and told apart by their legend and the table too.

export const chartBackgrounds = { paper: '#f7f6f2', surface: '#ffffff' };

export const chartColours = {
  first: '#1d4e89',
  second: '#b3541e',
  third: '#1e6b3a',
} as const;

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
