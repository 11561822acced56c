/** Which change panel is open above the year. */
export type PlanPanel = { kind: 'move' | 'swap' | 'cancel'; sittingId: string } | { kind: 'extra' };
