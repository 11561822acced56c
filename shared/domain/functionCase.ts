/**
 * German case for function titles ("Amtsbezeichnungen") in running text. After "durch", "für",
 * "an" the accusative is needed: "vertreten durch Ersten Beigeordneten Dr. Lothar Beier".
 *
 * Only two groups of masculine nouns change in the accusative singular (GERMAN-DOCUMENTS.md §2):
 * - adjectival nouns and attributive adjectives: Erster Beigeordneter → Ersten Beigeordneten,
 *   Abgeordneter → Abgeordneten, Vorsitzender → Vorsitzenden, stellvertretender → stellvertretenden;
 * - weak masculine nouns: Präsident → Präsidenten, Referent → Referenten, Dezernent → Dezernenten.
 * Feminine forms (Erste Beigeordnete, Staatsministerin) and all other nouns (Landrat, Bürgermeister,
 * Geschäftsführer) stay as they are. Complements ("der IHK Chemnitz", "für Wirtschaft") are never
 * declined; "und"/"sowie" start a new coordinated title ("… und Vizepräsidenten der IHK Chemnitz").
 *
 * A rule cannot know every word; a person can store the accusative form of their function
 * (Person.functionAccusative), which then wins over the rule.
 */

/** Adjectival nouns (masculine, strong: -er in the nominative, -en in the accusative), by word ending. */
const ADJECTIVAL_NOUN_ENDINGS = [
  'beigeordneter',
  'abgeordneter',
  'vorsitzender',
  'beauftragter',
  'bevollmächtigter',
  'angestellter',
  'bediensteter',
  'beschäftigter',
  'delegierter',
  'sachverständiger',
  'gesandter',
  'beamter',
  'vertrauter',
];

/** Attributive adjectives before the noun: ordinals and participles / -isch / -lich / -ig adjectives. */
const ADJECTIVE_WORDS = new Set(['erster', 'zweiter', 'dritter', 'vierter', 'fünfter', 'neuer', 'alter']);
const ADJECTIVE_ENDINGS = ['ender', 'ierter', 'ischer', 'licher', 'iger', 'maliger', 'ständiger', 'künftiger'];

/** Weak masculine nouns (-en in every case but the nominative), by ending or whole word. */
const WEAK_ENDINGS = ['präsident', 'referent', 'dezernent', 'assistent', 'student', 'agent', 'dirigent', 'absolvent', 'korrespondent', 'intendant', 'praktikant', 'kommandant', 'doktorand', 'jurist', 'polizist', 'journalist', 'spezialist', 'diplomat', 'kandidat', 'soldat', 'krat', 'architekt', 'fotograf', 'graf', 'fürst', 'prinz'];
/** Weak masculine nouns on -e: + n. */
const WEAK_E_ENDINGS = ['loge', 'goge', 'kollege', 'experte', 'kunde', 'bote', 'zeuge', 'laie'];

/** Words that start a complement that keeps its own case. */
const COMPLEMENT_STARTERS = new Set([
  'der', 'des', 'den', 'dem', 'die', 'das', 'für', 'von', 'vom', 'im', 'in', 'am', 'an', 'bei', 'beim', 'zur', 'zum', 'mit', 'aus', 'über', 'a.', 'd.', 'e.', 'i.',
]);
/** Words that start the next coordinated title. */
const COORDINATORS = new Set(['und', 'sowie', '/']);

const endsWithAny = (word: string, endings: readonly string[]) => endings.some((e) => word.endsWith(e));

/** The accusative of one word in title position (nominative singular in, accusative out). */
export function accusativeWord(word: string, isLastOfTitle: boolean): string {
  const lower = word.toLocaleLowerCase('de');
  if (endsWithAny(lower, ADJECTIVAL_NOUN_ENDINGS)) return word.slice(0, -1) + 'n';
  if (!isLastOfTitle && (ADJECTIVE_WORDS.has(lower) || endsWithAny(lower, ADJECTIVE_ENDINGS))) return word.slice(0, -1) + 'n';
  if (endsWithAny(lower, WEAK_ENDINGS)) return word + 'en';
  if (endsWithAny(lower, WEAK_E_ENDINGS)) return word + 'n';
  return word;
}

/**
 * "Erster Beigeordneter" → "Ersten Beigeordneten"; "Präsident der IHK-Regionalkammer Zwickau und
 * Vizepräsident der IHK Chemnitz" → "Präsidenten der IHK-Regionalkammer Zwickau und Vizepräsidenten
 * der IHK Chemnitz"; "Landrat", "Staatsministerin", "Erste Beigeordnete" unchanged.
 */
export function functionAccusative(functionText: string): string {
  const words = functionText.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let inTitle = true;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const lower = word.toLocaleLowerCase('de');
    if (COORDINATORS.has(lower)) {
      inTitle = true;
      out.push(word);
      continue;
    }
    if (COMPLEMENT_STARTERS.has(lower)) inTitle = false;
    if (!inTitle) {
      out.push(word);
      continue;
    }
    const next = words[i + 1]?.toLocaleLowerCase('de');
    const isLastOfTitle = next === undefined || COORDINATORS.has(next) || COMPLEMENT_STARTERS.has(next);
    out.push(accusativeWord(word, isLastOfTitle));
  }
  return out.join(' ');
}

/** A function is "long" when it does not fit before a name: more than two words or over 30 characters. */
export function isLongFunction(functionText: string): boolean {
  const text = functionText.trim();
  return text.split(/\s+/).length > 2 || text.length > 30;
}

export type GrammaticalCase = 'nominative' | 'accusative';

/**
 * A person named with their function in running text, in the given case:
 * short functions before the name ("Ersten Beigeordneten Dr. Lothar Beier"), long functions after
 * it, separated by a comma ("Jens Hertwig, Präsidenten der IHK-Regionalkammer Zwickau …").
 * `accusativeOverride` is the person's stored accusative form (wins over the rule when set).
 */
export function nameWithFunction(name: string, functionText: string, grammaticalCase: GrammaticalCase, accusativeOverride?: string): string {
  const fn = functionText.trim();
  if (!fn) return name;
  const override = accusativeOverride?.trim();
  const declined = grammaticalCase === 'accusative' ? override || functionAccusative(fn) : fn;
  return isLongFunction(fn) ? `${name}, ${declined}` : `${declined} ${name}`;
}
