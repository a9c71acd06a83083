import { describe, expect, it } from 'vitest';
import { chartBackgrounds, chartColours, contrast } from './chart-colours.ts';

describe('chart colours', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  for (const [name, colour] of Object.entries(chartColours)) {
    for (const [background, behind] of Object.entries(chartBackgrounds)) {
      it(`${name} stands out at least 3:1 against the ${background}`, () => {
        expect(contrast(colour, behind)).toBeGreaterThanOrEqual(3);
      });
    }
  }
});
