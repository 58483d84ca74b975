const rulesCache = new Map<string, Intl.PluralRules>();

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Chooses the plural form of `n` for a locale with `Intl.PluralRules`; `#` becomes the number. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace(/#/g, new Intl.NumberFormat(locale).format(n));
}
