import { act } from '@testing-library/react';
import MembersScreen from '../../../../../renderer/features/members/MembersScreen';
import { useRoute } from '../../../../../renderer/app/router';
import { KonventDatabase } from '../../../../../renderer/db/database';
import { loadDemoData } from '../../../../../renderer/db/demoData';
import { renderWithDb } from '../../../support/renderWithDb';

/** The Mitglieder screen at a hash path, following navigation like the app shell does. */
function RoutedMembersScreen() {
  return <MembersScreen route={useRoute()} />;
}

export async function demoDatabase() {
  const db = new KonventDatabase(`members-${Math.random()}`);
  const rows = await loadDemoData(db);
  const person = (lastName: string) => rows.persons.find((p) => p.lastName === lastName)!;
  const membershipOf = (lastName: string) => rows.memberships.find((m) => m.personId === person(lastName).id)!;
  return { db, rows, person, membershipOf };
}

export async function renderMembersAt(path: string, db: KonventDatabase) {
  await act(async () => {
    window.location.hash = path;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return renderWithDb(<RoutedMembersScreen />, db);
}
