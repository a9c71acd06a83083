import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../lib/i18n/use-t.tsx';

type Plot = typeof import('@observablehq/plot');

/** The part of Observable Plot the charts use. */
export type PlotModule = Pick<Plot, 'plot' | 'barX' | 'barY' | 'ruleX' | 'ruleY' | 'text'>;

/** Draws a chart of `width` pixels with Plot; returns its figure or SVG element. */
export type DrawChart = (plot: PlotModule, width: number) => Element;

/**
 * A chart as one image named by its label: Plot names its marks' groups ("bar", "rule"), which
 * screen readers would read out one by one, and ARIA allows no name on a plain group. The legend's
 * colour swatches are decoration beside their words.
 */
function asImage(chart: Element): Element {
  const svgs = chart.tagName.toLowerCase() === 'svg' ? [chart] : chart.querySelectorAll('svg');
  for (const svg of svgs) {
    if (!svg.hasAttribute('aria-label')) {
      svg.setAttribute('aria-hidden', 'true');
      continue;
    }
    svg.setAttribute('role', 'img');
    for (const group of svg.querySelectorAll('[aria-label], [aria-description]')) {
      group.removeAttribute('aria-label');
      group.removeAttribute('aria-description');
    }
  }
  return chart;
}

/**
 * A chart drawn by Observable Plot, which is loaded here, by a dynamic import, the first time a
 * chart shows: only the outcomes pages pay for it. Redrawn when its box changes width.
 */
export function PlotChart({ draw }: { draw: DrawChart }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth / 8) * 8);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element || width === 0) return;
    let cancelled = false;
    // Named in the import, so that the build leaves the rest of Plot out.
    import('@observablehq/plot').then(
      ({ plot, barX, barY, ruleX, ruleY, text }) => {
        if (!cancelled) {
          element.replaceChildren(asImage(draw({ plot, barX, barY, ruleX, ruleY, text }, width)));
        }
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [draw, width]);

  return (
    <>
      <div ref={box} className="plot-chart" />
      {failed && <p className="muted small">{t('outcomes.chart.notLoaded')}</p>}
    </>
  );
}
