const rules = { de: new Intl.PluralRules('de-DE'), en: new Intl.PluralRules('en-GB') };

/**
 * "1 Beschluss", "3 Beschlüsse"; "1 day", "2 days": the form chosen by Intl.PluralRules of the language
 * (German and English have "one" and "other"). Never "Beschluss/Beschlüsse" or "day(s)".
 */
export function plural(language: 'de' | 'en', count: number, one: string, other: string): string {
  return `${count} ${rules[language].select(count) === 'one' ? one : other}`;
}
