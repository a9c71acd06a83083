import { chartColours } from '../chart-colours.ts';
import type { DrawChart } from './plot-chart.tsx';

// The dashboard's two kinds of chart, drawn with Plot. Text in the charts is the page's ink; the
// bars' colours come from chart-colours.ts.

const INK = '#1b2430';
const style = { background: 'transparent', color: INK, fontSize: '12px', overflow: 'visible' };

export interface Series {
  key: string;
  label: string;
}

/** The colour of each series, in order; the legend beside a chart uses the same. */
export const seriesColours = [chartColours.first, chartColours.second, chartColours.third];

/** Bars per month, one per series side by side, with a legend. */
export function monthBars({
  months,
  series,
  rows,
  ariaLabel,
  ariaDescription,
}: {
  /** The months' labels, in order. */
  months: string[];
  series: Series[];
  /** One row per month, in the same order: each series' value by its key. */
  rows: Record<string, number | string>[];
  ariaLabel: string;
  ariaDescription: string;
}): DrawChart {
  return (plot, width) => {
    const bars = rows.flatMap((row, index) =>
      series.map((one) => ({
        month: months[index],
        series: one.label,
        value: Number(row[one.key] ?? 0),
      })),
    );
    const narrow = width / Math.max(months.length, 1) < 56;
    const highest = Math.max(0, ...bars.map((bar) => bar.value));
    return plot.plot({
      width,
      height: narrow ? 300 : 260,
      marginLeft: 40,
      marginBottom: narrow ? 70 : 30,
      ariaLabel,
      ariaDescription,
      style,
      color: {
        domain: series.map((one) => one.label),
        range: seriesColours.slice(0, series.length),
      },
      fx: { domain: months, label: null, padding: 0.2, tickRotate: narrow ? -60 : 0 },
      x: { axis: null, domain: series.map((one) => one.label), paddingInner: 0.1 },
      // A period with nothing yet still gets an axis from 0 to 1, not a collapsed one; whole
      // numbers only, at most one tick per unit.
      y: {
        grid: true,
        label: null,
        tickFormat: 'd',
        nice: true,
        domain: [0, Math.max(1, highest)],
        ticks: Math.min(5, Math.max(1, highest)),
      },
      marks: [
        plot.barY(bars, {
          fx: 'month',
          x: 'series',
          y: 'value',
          fill: series.length > 1 ? 'series' : chartColours.first,
          title: (bar: (typeof bars)[number]) => `${bar.series}, ${bar.month}: ${bar.value}`,
        }),
        plot.ruleY([0], { stroke: INK }),
      ],
    });
  };
}

/** One meetup as horizontal bars, widest first, each labelled with its number. */
export function funnelBars({
  stages,
  ariaLabel,
  ariaDescription,
}: {
  stages: { stage: string; count: number }[];
  ariaLabel: string;
  ariaDescription: string;
}): DrawChart {
  const widest = Math.max(0, ...stages.map((one) => one.count));
  return (plot, width) =>
    plot.plot({
      width,
      height: 40 + stages.length * 36,
      marginLeft: Math.min(140, Math.round(width * 0.35)),
      marginRight: 40,
      ariaLabel,
      ariaDescription,
      style,
      x: {
        grid: true,
        label: null,
        tickFormat: 'd',
        nice: true,
        domain: [0, Math.max(1, widest)],
        ticks: Math.min(5, Math.max(1, widest)),
      },
      y: { domain: stages.map((one) => one.stage), label: null, padding: 0.2 },
      marks: [
        plot.barX(stages, { y: 'stage', x: 'count', fill: chartColours.first }),
        plot.text(stages, {
          y: 'stage',
          x: 'count',
          text: (one: { count: number }) => String(one.count),
          dx: 6,
          textAnchor: 'start',
          fill: INK,
          fontWeight: 'bold',
        }),
        plot.ruleX([0], { stroke: INK }),
      ],
    });
}
