import { beforeAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlanScreen from '../../../../../renderer/features/plan/PlanScreen';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { LanguageContext } from '../../../../../renderer/app/i18n/useMessages';
import { loadCatalog } from '../../../../../renderer/app/i18n/catalog';
import type { Language } from '../../../../../shared/domain/settings';
import type { Plan } from '../../../../../shared/domain/plan';
import type { Sitting } from '../../../../../shared/domain/sitting';
import { stableId } from '../../../../../shared/domain/stableId';
import { buildYearPlan, yearPlanSittings } from '../../../../../shared/plan/buildYearPlan';
import { cancelSitting } from '../../../../../shared/plan/sittingChanges';
import { renderWithDb } from '../../../support/renderWithDb';

// The app loads the English catalog before it renders in English (main.tsx, App); so do these tests.
beforeAll(() => loadCatalog('en'));

const route = (path: string) => ({ raw: path, path, segments: path.split('/').filter(Boolean), query: new URLSearchParams(), malformed: false });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-12-01T09:00:00+01:00') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The demo data, a 2026 plan (3rd Wednesday: November moves off Buß- und Bettag), March and February cancelled, and one sitting with a plan note as an older version stored it. */
async function planWithChanges() {
  const db = new KonventDatabase(`plan-notes-${Math.random()}`);
  const demo = await loadDemoData(db);
  const order = demo.territories.map((t) => t.id);
  const plan: Plan = {
    id: stableId('plan:2026'),
    updatedAt: '2025-12-01T00:00:00.000Z',
    year: 2026,
    body: 'extended',
    rule: { weekday: 3, ordinal: 3, start: '14:00', end: '16:00' },
    skipMonths: [8],
    rotationOrder: order,
    startTerritoryId: order[1]!,
    holidayPolicy: 'nextWorkingDay',
    blockedPeriods: [],
    cancelPolicy: 'keepsTurn',
  };
  const venueOf = (id: string) => demo.territories.find((t) => t.id === id)?.defaultVenue ?? '';
  let sittings = yearPlanSittings(plan, buildYearPlan(plan), { idFor: (m) => stableId(`sitting:2026:${m}`), venueOf, now: plan.updatedAt });
  const apply = (changed: Sitting[]) => (sittings = sittings.map((s) => changed.find((c) => c.id === s.id) ?? s));
  const context = { venueOf, hostName: () => '' };
  apply(cancelSitting(sittings, sittings[2]!, 'keepsTurn', context, 'Landtag'));
  apply(cancelSitting(sittings, sittings[1]!, 'keepsTurn', context));
  // A sitting saved by an older version: its note is German text.
  sittings[5] = { ...sittings[5]!, planNote: 'Verlegt vom Mi., 10.06.2026 auf Mi., 17.06.2026, Haushaltswoche' };
  await db.domain('plans').add(plan);
  await db.domain('sittings').bulkAdd(sittings);
  return db;
}

async function showList(language: Language) {
  const db = await planWithChanges();
  renderWithDb(
    <LanguageContext.Provider value={language}>
      <PlanScreen route={route('/plan/2026')} />
    </LanguageContext.Provider>,
    db,
  );
  const table = await screen.findByRole('table');
  await within(table).findByText(/Buß- und Bettag|Day of Repentance/);
  return within(table).getAllByRole('row').slice(1).map((row) => row.querySelector('.plan-note')?.textContent ?? '');
}

describe('plan notes in the UI language', () => {
  it('English: every generated note in English, the host reason names the current host; an old German note as it was', async () => {
    const notes = await showList('en');
    expect(notes[1]).toBe('Cancelled, Erzgebirgskreis keeps its turn as host');
    expect(notes[2]).toBe('Cancelled, Landtag, Vogtlandkreis keeps its turn as host');
    // April: Stadt Chemnitz in the plan, Vogtlandkreis after March's cancellation, Erzgebirgskreis after February's.
    expect(notes[3]).toBe('Host Erzgebirgskreis instead of Stadt Chemnitz (cancellations on Wed, 18/02/2026 and Wed, 18/03/2026)');
    // The old note first, as it was stored; the reason recorded since then in English.
    expect(notes[5]).toBe('Verlegt vom Mi., 10.06.2026 auf Mi., 17.06.2026, Haushaltswoche; Host Stadt Chemnitz instead of Landkreis Mittelsachsen (cancellations on Wed, 18/02/2026 and Wed, 18/03/2026)');
    expect(notes[9]).toBe('Moved from Wed, 18/11/2026 (public holiday: Day of Repentance and Prayer) to Thu, 19/11/2026 (next free working day); Host Vogtlandkreis instead of Landkreis Zwickau (cancellations on Wed, 18/02/2026 and Wed, 18/03/2026)');
    expect(notes.map((note) => note.replace('Verlegt vom Mi., 10.06.2026 auf Mi., 17.06.2026, Haushaltswoche', '')).join(' ')).not.toMatch(/Abgesagt|Gastgeber|Verschoben|Feiertag|statt|behält|Mi\.|Do\./);
  });

  it('German: the same notes in German', async () => {
    const notes = await showList('de');
    expect(notes[2]).toBe('Abgesagt, Landtag, Vogtlandkreis behält das Gastgeberrecht');
    expect(notes[3]).toBe('Gastgeber Erzgebirgskreis statt Stadt Chemnitz (Absagen am Mi., 18.02.2026 und Mi., 18.03.2026)');
    expect(notes[9]).toBe('Verschoben vom Mi., 18.11.2026 (Feiertag: Buß- und Bettag) auf Do., 19.11.2026 (nächster freier Werktag); Gastgeber Vogtlandkreis statt Landkreis Zwickau (Absagen am Mi., 18.02.2026 und Mi., 18.03.2026)');
  });
});

describe('plan preview in the UI language', () => {
  it('English: months without a sitting and moved dates in English', async () => {
    const db = new KonventDatabase(`plan-preview-${Math.random()}`);
    await loadDemoData(db);
    renderWithDb(
      <LanguageContext.Provider value="en">
        <PlanScreen route={route('/plan/2026/new')} />
      </LanguageContext.Provider>,
      db,
    );
    await screen.findByRole('heading', { name: 'Create the 2026 schedule' });
    await userEvent.selectOptions(screen.getByLabelText('Which in the month'), '3rd');
    await userEvent.click(screen.getByRole('checkbox', { name: 'August' }));
    const rows = within(screen.getByRole('table', { name: 'Preview' })).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('January21/01/2026Wednesday');
    expect(rows[7]).toHaveTextContent('No sitting in August');
    expect(rows[10]).toHaveTextContent('Moved from Wed, 18/11/2026 (public holiday: Day of Repentance and Prayer) to Thu, 19/11/2026 (next free working day)');
    expect(screen.getByRole('table', { name: 'Preview' }).textContent).not.toMatch(/Keine Sitzung|Verschoben|Feiertag/);
  });
});
