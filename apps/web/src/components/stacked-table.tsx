import type { ReactNode } from 'react';

/**
 * A cell of a `table stacked-table`: on a phone each row becomes a card and the header is hidden,
 * so the cell shows its own label (data-label). Its content sits in one box beside that label.
 */
export function LabelledCell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td data-label={label}>
      <div>{children}</div>
    </td>
  );
}
