// Small formatting helpers the catalogues share: lists and plurals in the catalogue's own
// language, through the browser's Intl (no data of our own to ship).
import type { Lang } from './langs';

/**
 * One rule set per language, made once: constructing Intl.PluralRules costs about 0.1 ms, and a
 * large graph's lists ask for thousands of plurals (at 5,000 nodes, 0.8 s of the load).
 */
const rules = new Map<Lang, Intl.PluralRules>();

/** Picks the plural form for n by the language's rules (Russian has one, few and many). */
export function plural(
  lang: Lang,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let byLang = rules.get(lang);
  if (!byLang) rules.set(lang, (byLang = new Intl.PluralRules(lang)));
  const rule = byLang.select(n);
  return (forms[rule] ?? forms.other).replace('#', String(n));
}
