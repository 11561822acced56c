import type { Territory } from './territory';

/**
 * The territories' default host rotation is their order by rotationIndex (0 … 4, each place once).
 * Giving one territory a new place moves it there and shifts the others, like reordering a list.
 * Returns every territory whose place changed, the moved one included.
 */
export function placeInRotation(territories: readonly Territory[], territoryId: string, newIndex: number): Territory[] {
  const ordered = [...territories].sort((a, b) => a.rotationIndex - b.rotationIndex || a.name.localeCompare(b.name, 'de'));
  const moving = ordered.find((t) => t.id === territoryId);
  if (!moving) return [];
  const rest = ordered.filter((t) => t.id !== territoryId);
  const target = Math.max(0, Math.min(newIndex, rest.length));
  const reordered = [...rest.slice(0, target), moving, ...rest.slice(target)];
  return reordered
    .map((t, index) => ({ ...t, rotationIndex: index }))
    .filter((t) => territories.find((o) => o.id === t.id)?.rotationIndex !== t.rotationIndex);
}
