import type { Sitting } from '../domain/sitting';

const order = (a: Pick<Sitting, 'date' | 'start' | 'id'>, b: Pick<Sitting, 'date' | 'start' | 'id'>) =>
  a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id);

/**
 * The sitting's number within its body ("12. Sitzung des erweiterten Regionalkonvents"): the count
 * of the body's sittings that are not cancelled (held, invited or planned), in order of date and
 * start time, up to and including this one. A cancelled sitting has no number (undefined); the
 * sittings after it keep counting without it. `sittings` may hold every sitting of every body.
 */
export function sittingNumber(sitting: Pick<Sitting, 'id' | 'body' | 'date' | 'start' | 'status'>, sittings: readonly Pick<Sitting, 'id' | 'body' | 'date' | 'start' | 'status'>[]): number | undefined {
  if (sitting.status === 'cancelled') return undefined;
  const counted = sittings.filter((s) => s.body === sitting.body && s.status !== 'cancelled' && s.id !== sitting.id && order(s, sitting) < 0);
  return counted.length + 1;
}
