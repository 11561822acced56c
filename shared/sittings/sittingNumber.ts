import type { Sitting } from '../domain/sitting';

type Numbered = Pick<Sitting, 'id' | 'body' | 'date' | 'start' | 'status'>;

/**
 * The sitting's number in its body ("12. Sitzung des erweiterten Regionalkonvents"): the count of
 * the body's sittings that were not cancelled, up to and including this one (by date, start, id).
 * A cancelled sitting has no number.
 */
export function sittingNumber(sitting: Numbered, allSittings: readonly Numbered[]): number | undefined {
  if (sitting.status === 'cancelled') return undefined;
  const key = (s: Numbered) => `${s.date}T${s.start}#${s.id}`;
  const own = key(sitting);
  const earlier = allSittings.filter((s) => s.body === sitting.body && s.status !== 'cancelled' && s.id !== sitting.id && key(s) < own);
  return earlier.length + 1;
}
