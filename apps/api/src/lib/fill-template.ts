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

/**
 * A counted phrase: one text per plural category the language uses (Intl.PluralRules: `one`,
 * `few`, `many`…; Bosnian, Croatian and Serbian need `one`, `few` and `other`), `other` always;
 * `{count}` is the number.
 */
export type Counted = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` that language `lang` uses for `count`, filled with it and `values`. */
export function fillCounted(
  forms: Counted,
  count: number,
  lang: string,
  values: Record<string, string | number> = {},
): string {
  const category = new Intl.PluralRules(lang).select(count);
  return fill(forms[category] ?? forms.other, { ...values, count });
}
