import { useId } from 'react';
import { useT } from '../../../lib/i18n/use-t.tsx';
import { type CsvCell, downloadCsv, toCsv } from '../csv.ts';
import { type DrawChart, PlotChart } from './plot-chart.tsx';

export interface ChartColumn {
  key: string;
  label: string;
}

export interface ChartTable {
  columns: ChartColumn[];
  rows: Record<string, CsvCell>[];
}

/**
 * One chart with its table alternative (the same numbers, open in print) and a CSV download of
 * them. `fileName` names the download, without extension.
 */
export function ChartFigure({
  title,
  description,
  draw,
  table,
  fileName,
  tableOpen = false,
  legend = [],
}: {
  title: string;
  description: string;
  draw: DrawChart | null;
  table: ChartTable;
  fileName: string;
  tableOpen?: boolean;
  /** What each colour stands for, when a chart has more than one. */
  legend?: { label: string; colour: string }[];
}) {
  const t = useT();
  const headingId = useId();
  const csv = () =>
    toCsv(
      table.columns.map((column) => column.label),
      table.rows.map((row) => table.columns.map((column) => row[column.key] ?? null)),
    );
  return (
    <section className="outcome-chart" aria-labelledby={headingId}>
      <div className="outcome-chart-head">
        <h3 id={headingId}>{title}</h3>
        <button
          type="button"
          className="button-secondary small no-print"
          onClick={() => downloadCsv(`${fileName}.csv`, csv())}
        >
          {t('outcomes.chart.downloadCsv')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      <p className="muted small">{description}</p>
      {legend.length > 1 && (
        <ul className="chart-legend">
          {legend.map((entry) => (
            <li key={entry.label}>
              <span className="chart-swatch" style={{ background: entry.colour }} aria-hidden />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      {draw && <PlotChart draw={draw} />}
      <details className="outcome-table" open={tableOpen || undefined}>
        <summary className="no-print">{t('outcomes.chart.showTable')}</summary>
        <section
          className="table-scroll"
          aria-label={title}
          // A scrolling region must be focusable for people who scroll with the keyboard.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
          tabIndex={0}
        >
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column, index) => (
                  <th key={column.key} scope="col" className={index > 0 ? 'number' : undefined}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed for one answer
                <tr key={rowIndex}>
                  {table.columns.map((column, index) =>
                    index === 0 ? (
                      <th key={column.key} scope="row">
                        {row[column.key]}
                      </th>
                    ) : (
                      <td key={column.key} className="number">
                        {row[column.key] ?? '–'}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </section>
  );
}
