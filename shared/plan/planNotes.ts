/** Plan notes accumulate, so the plan shows the whole story of a sitting ("verschoben …; Gastgeber getauscht …"). */
export function appendPlanNote(existing: string | undefined, note: string): string {
  const trimmed = existing?.trim();
  return trimmed ? `${trimmed}; ${note}` : note;
}
