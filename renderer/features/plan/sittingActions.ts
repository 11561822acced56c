import type { Sitting } from '../../../shared/domain/sitting';

/** A sitting can still be moved, swapped or cancelled until it was held or cancelled. */
export const isChangeable = (sitting: Sitting): boolean => sitting.status === 'planned' || sitting.status === 'invited';
