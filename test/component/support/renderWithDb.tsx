import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { KonventDatabase } from '../../../renderer/db/database';
import { DatabaseProvider } from '../../../renderer/app/DatabaseContext';

/** Renders UI against its own fresh database (fake-indexeddb), as a new profile would have. */
export function renderWithDb(ui: ReactElement, db = new KonventDatabase(`component-${Math.random()}`)): RenderResult & { db: KonventDatabase } {
  return { ...render(<DatabaseProvider db={db}>{ui}</DatabaseProvider>), db };
}
