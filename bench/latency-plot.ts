// A small SVG line chart of latency against load: lines of points on a linear x axis and a
// logarithmic y axis (latencies span milliseconds to seconds), with horizontal limit lines.

export interface PlotSeries {
  name: string;
  color: string;
  dashed?: boolean;
  points: { x: number; y: number }[];
}

export interface PlotOptions {
  title: string;
  subtitle: string;
  xLabel: string;
  yLabel: string;
  series: PlotSeries[];
  limits: { y: number; label: string }[];
  /** Vertical marks, such as the largest load that held. */
  marks?: { x: number; label: string }[];
}

const WIDTH = 860;
const HEIGHT = 520;
const PAD = { left: 72, right: 190, top: 64, bottom: 56 };

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function niceStep(span: number) {
  const rough = span / 6;
  const power = 10 ** Math.floor(Math.log10(rough));
  return ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
}

export function latencyPlot(options: PlotOptions): string {
  const points = options.series.flatMap((series) => series.points);
  const xMax = Math.max(1, ...points.map((point) => point.x)) * 1.05;
  const yValues = [...points.map((point) => point.y), ...options.limits.map((limit) => limit.y)];
  const yMin = 10 ** Math.floor(Math.log10(Math.max(0.1, Math.min(...yValues))));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...yValues, 1)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (value: number) => PAD.left + (value / xMax) * plotWidth;
  const y = (value: number) =>
    PAD.top +
    plotHeight -
    ((Math.log10(Math.max(value, yMin)) - Math.log10(yMin)) /
      (Math.log10(yMax) - Math.log10(yMin))) *
      plotHeight;
  const parts: string[] = [];
  const text = (px: number, py: number, value: string, attributes = '') =>
    parts.push(
      `<text x="${px.toFixed(1)}" y="${py.toFixed(1)}" ${attributes}>${escapeXml(value)}</text>`,
    );
  const line = (x1: number, y1: number, x2: number, y2: number, attributes: string) =>
    parts.push(
      `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" ${attributes}/>`,
    );

  text(PAD.left, 26, options.title, 'font-size="17" font-weight="bold"');
  text(PAD.left, 46, options.subtitle, 'font-size="12" fill="#444"');
  const xStep = niceStep(xMax);
  for (let tick = 0; tick <= xMax; tick += xStep) {
    line(x(tick), PAD.top, x(tick), PAD.top + plotHeight, 'stroke="#e4e4e4"');
    text(x(tick), PAD.top + plotHeight + 18, String(tick), 'font-size="11" text-anchor="middle"');
  }
  for (let decade = yMin; decade <= yMax * 1.001; decade *= 10) {
    line(PAD.left, y(decade), PAD.left + plotWidth, y(decade), 'stroke="#e4e4e4"');
    const label = decade >= 1000 ? `${decade / 1000} s` : `${decade} ms`;
    text(PAD.left - 8, y(decade) + 4, label, 'font-size="11" text-anchor="end"');
  }
  line(PAD.left, PAD.top + plotHeight, PAD.left + plotWidth, PAD.top + plotHeight, 'stroke="#000"');
  line(PAD.left, PAD.top, PAD.left, PAD.top + plotHeight, 'stroke="#000"');
  text(
    PAD.left + plotWidth / 2,
    HEIGHT - 14,
    options.xLabel,
    'font-size="13" text-anchor="middle"',
  );
  text(
    18,
    PAD.top + plotHeight / 2,
    options.yLabel,
    `font-size="13" text-anchor="middle" transform="rotate(-90 18 ${PAD.top + plotHeight / 2})"`,
  );
  for (const limit of options.limits) {
    line(
      PAD.left,
      y(limit.y),
      PAD.left + plotWidth,
      y(limit.y),
      'stroke="#c00" stroke-width="1.5" stroke-dasharray="6 4"',
    );
    text(
      PAD.left + plotWidth - 4,
      y(limit.y) - 5,
      limit.label,
      'font-size="11" fill="#c00" text-anchor="end"',
    );
  }
  for (const mark of options.marks ?? []) {
    line(
      x(mark.x),
      PAD.top,
      x(mark.x),
      PAD.top + plotHeight,
      'stroke="#080" stroke-dasharray="3 3"',
    );
    // Left of its line in the right half, clear of the legend.
    const right = x(mark.x) > PAD.left + plotWidth / 2;
    text(
      x(mark.x) + (right ? -4 : 4),
      PAD.top + 12,
      mark.label,
      `font-size="11" fill="#080"${right ? ' text-anchor="end"' : ''}`,
    );
  }
  options.series.forEach((series, index) => {
    const sorted = [...series.points].sort((a, b) => a.x - b.x);
    const path = sorted
      .map((point) => `${x(point.x).toFixed(1)},${y(point.y).toFixed(1)}`)
      .join(' ');
    const dash = series.dashed ? ' stroke-dasharray="5 3"' : '';
    parts.push(
      `<polyline points="${path}" fill="none" stroke="${series.color}" stroke-width="2"${dash}/>`,
    );
    for (const point of sorted)
      parts.push(
        `<circle cx="${x(point.x).toFixed(1)}" cy="${y(point.y).toFixed(1)}" r="3" fill="${series.color}"/>`,
      );
    const legendY = PAD.top + 10 + index * 20;
    const legendX = PAD.left + plotWidth + 16;
    line(
      legendX,
      legendY,
      legendX + 24,
      legendY,
      `stroke="${series.color}" stroke-width="2"${dash}`,
    );
    text(legendX + 30, legendY + 4, series.name, 'font-size="12"');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
