/**
 * Folding of German text for search. Two forms of the same text:
 *
 * - `plain`: case and accents removed, ß → ss ("Förderung" → "forderung", "Straße" → "strasse");
 * - `spelled`: the same, but ä/ö/ü written out as ae/oe/ue ("Fachkräfte" → "fachkraefte"), the way a
 *   German keyboard without umlauts spells them.
 *
 * Each character folds on its own (one UTF-16 unit at a time), so positions map back to the original
 * text for highlighting. A character's fold is computed once and remembered: the costly Unicode work
 * (lower case, NFD, mark removal) runs once per distinct character, never per text.
 */
export type FoldForm = 'plain' | 'spelled';

const plainMemo = new Map<string, string>();
const spelledMemo = new Map<string, string>();
const WRITTEN_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

function foldCharPlain(char: string): string {
  let folded = plainMemo.get(char);
  if (folded === undefined) {
    const lower = char.toLocaleLowerCase('de');
    folded = lower === 'ß' ? 'ss' : lower.normalize('NFD').replace(/\p{M}/gu, '');
    plainMemo.set(char, folded);
  }
  return folded;
}

function foldCharSpelled(char: string): string {
  let folded = spelledMemo.get(char);
  if (folded === undefined) {
    // "a" + combining diaeresis (decomposed ä) is written out too.
    if (char.length === 2) folded = `${char[0]!.toLowerCase()}e`;
    else folded = WRITTEN_OUT[char.toLocaleLowerCase('de')] ?? foldCharPlain(char);
    spelledMemo.set(char, folded);
  }
  return folded;
}

/** Every character that folds to something else: A–Z and everything outside ASCII. */
// eslint-disable-next-line no-control-regex -- the ranges name ASCII, control characters included
const CHANGING_PLAIN = /[^\x00-\x40\x5b-\x7f]/g;
// eslint-disable-next-line no-control-regex -- as above
const CHANGING_SPELLED = /[AOUaou]\u0308|[^\x00-\x40\x5b-\x7f]/g;

/** The folded text (see the module comment). */
export function foldText(text: string, form: FoldForm = 'plain'): string {
  return form === 'plain' ? text.replace(CHANGING_PLAIN, foldCharPlain) : text.replace(CHANGING_SPELLED, foldCharSpelled);
}

export interface FoldedWithOrigin {
  text: string;
  /** For every folded character, the index of the original character it came from. */
  origin: number[];
}

/** The folded text with the origin of each character, for highlighting matches in the original. */
export function foldWithOrigin(original: string, form: FoldForm = 'plain'): FoldedWithOrigin {
  const pieces: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < original.length; i += 1) {
    const code = original.charCodeAt(i);
    let piece: string;
    let width = 1;
    if (form === 'spelled' && original.charCodeAt(i + 1) === 0x308 && /[AOUaou]/.test(original[i]!)) {
      piece = foldCharSpelled(original.slice(i, i + 2));
      width = 2;
    } else if (code < 0x80 && (code < 0x41 || code > 0x5a)) piece = original[i]!;
    else piece = form === 'plain' ? foldCharPlain(original[i]!) : foldCharSpelled(original[i]!);
    pieces.push(piece);
    for (let k = 0; k < piece.length; k += 1) origin.push(i);
    i += width - 1;
  }
  return { text: pieces.join(''), origin };
}

/** The words of a query, folded: letters and digits, split at everything else. */
export function foldedWords(query: string, form: FoldForm = 'plain'): string[] {
  return foldText(query, form)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

/**
 * The index of the original character that produced the folded character at `foldedIndex` (the
 * same answer as `foldWithOrigin(original, form).origin[foldedIndex]`, without building the arrays).
 */
export function originOf(original: string, foldedIndex: number, form: FoldForm = 'plain'): number {
  let folded = 0;
  for (let i = 0; i < original.length; i += 1) {
    const code = original.charCodeAt(i);
    let length: number;
    let width = 1;
    if (form === 'spelled' && original.charCodeAt(i + 1) === 0x308 && /[AOUaou]/.test(original[i]!)) {
      length = foldCharSpelled(original.slice(i, i + 2)).length;
      width = 2;
    } else if (code < 0x80) length = 1;
    else length = (form === 'plain' ? foldCharPlain(original[i]!) : foldCharSpelled(original[i]!)).length;
    if (foldedIndex < folded + length) return i;
    folded += length;
    i += width - 1;
  }
  return original.length;
}
