/**
 * Order of the agenda (Tagesordnung). Items carry `position` 1…n without gaps; every move returns
 * the new position of each item, so the repository writes only what changed.
 */
export interface Positioned {
  id: string;
  position: number;
}

/** Moves the item at `from` to index `to` (drag and drop), both 0-based in the current order. */
export function moveTo<T extends Positioned>(items: readonly T[], id: string, to: number): Positioned[] {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const from = ordered.findIndex((item) => item.id === id);
  if (from < 0) return [];
  const [moved] = ordered.splice(from, 1);
  ordered.splice(Math.max(0, Math.min(to, ordered.length)), 0, moved!);
  return changedPositions(ordered, items);
}

/** One step up (-1) or down (+1): the move buttons and Alt+↑/↓. */
export function moveBy<T extends Positioned>(items: readonly T[], id: string, delta: -1 | 1): Positioned[] {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const from = ordered.findIndex((item) => item.id === id);
  if (from < 0) return [];
  return moveTo(items, id, from + delta);
}

/** Closes gaps after a deletion: positions 1…n in the current order. */
export function renumber<T extends Positioned>(items: readonly T[]): Positioned[] {
  return changedPositions([...items].sort((a, b) => a.position - b.position), items);
}

function changedPositions(ordered: readonly Positioned[], original: readonly Positioned[]): Positioned[] {
  const before = new Map(original.map((item) => [item.id, item.position]));
  return ordered
    .map((item, index) => ({ id: item.id, position: index + 1 }))
    .filter((item) => before.get(item.id) !== item.position);
}

/**
 * "Aus Vorlage": the template's titles that are not on the agenda yet, appended in template
 * order. Using it twice adds nothing twice.
 */
export function titlesFromTemplate(template: readonly string[], existingTitles: readonly string[]): string[] {
  const normalize = (title: string) => title.trim().toLocaleLowerCase('de');
  const existing = new Set(existingTitles.map(normalize));
  return template.filter((title) => title.trim() && !existing.has(normalize(title)));
}
