import { createContext, useContext } from 'react';
import type { RegisterFilter } from '../../../shared/register/registerView';
import type { DeletedRows } from '../../db/repositories/memberDeletionRepository';

/**
 * What the Mitglieder screen keeps while the user moves between its pages: the "Stand am" date,
 * the register filters, and the last message (with undo after a deletion).
 */
export type MembersNotice =
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'undo'; text: string; rows: DeletedRows };

export interface MembersUiState {
  asOf: string;
  setAsOf: (date: string) => void;
  filter: RegisterFilter;
  setFilter: (filter: RegisterFilter) => void;
  notice: MembersNotice | null;
  showNotice: (notice: MembersNotice | null) => void;
  /** True once after the user moved to another page of the screen: that page's heading takes focus when shown. */
  takeHeadingFocus: () => boolean;
}

export const MembersUiContext = createContext<MembersUiState | null>(null);

export function useMembersUi(): MembersUiState {
  const state = useContext(MembersUiContext);
  if (!state) throw new Error('useMembersUi outside MembersScreen');
  return state;
}
