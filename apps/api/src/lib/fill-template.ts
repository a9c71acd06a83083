/**
 * `template` with each `{name}` replaced by its value, as the e-mail catalogs write their
 * placeholders; a name without a value stays as it is, so a missing value shows instead of
 * vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
