/**
 * Runs in the page (bundled by the e2e test with esbuild and evaluated there): two "PCs" as two
 * IndexedDB databases of different names, one sync folder in the origin private file system
 * (OPFS), the web folder adapter and the real engine. Nothing of this ships in the app.
 */
import './zodWithoutEval';
import { KonventDatabase } from '../../../renderer/db/database';
import { loadDemoData } from '../../../renderer/db/demoData';
import { SyncEngine } from '../../../renderer/sync/engine/syncEngine';
import { allClockEntries, openConflicts } from '../../../renderer/db/sync/syncReads';
import { SyncConnection } from '../../../renderer/sync/syncConnection';
import { createWebSyncFolder } from '../../../renderer/platform/webSyncFolder';
import { createWebSyncFolderAccess } from '../../../renderer/platform/webSyncFolderAccess';
import { encodeSegment } from '../../../shared/sync/segment';
import { logDir, segmentName, tmpDir } from '../../../shared/sync/folderLayout';
import { domainTableNames } from '../../../shared/domain/tables';

async function opfsFolder(name: string): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(name, { create: true });
}

async function state(db: KonventDatabase) {
  const domain: Record<string, unknown[]> = {};
  for (const table of domainTableNames) domain[table] = await db.table(table).toArray();
  return { domain, conflicts: await openConflicts(db), clocks: await allClockEntries(db) };
}

async function expectSynced(engine: SyncEngine) {
  const outcome = await engine.sync();
  if (outcome.kind !== 'synced') throw new Error(`sync: ${JSON.stringify(outcome)}`);
  return outcome;
}

/** Two PCs edit the demo data concurrently and sync through one OPFS folder. */
async function twoPcsConverge() {
  const suffix = Math.random().toString(36).slice(2);
  const dir = await opfsFolder(`konvent-sync-${suffix}`);
  const a = new KonventDatabase(`pc-zwickau-${suffix}`);
  const b = new KonventDatabase(`pc-chemnitz-${suffix}`);
  const engineA = new SyncEngine({ db: a, folder: createWebSyncFolder(dir), appVersion: 'e2e' });
  const engineB = new SyncEngine({ db: b, folder: createWebSyncFolder(dir), appVersion: 'e2e' });
  await loadDemoData(a);
  await engineA.join({ name: 'Sekretariat Zwickau' });
  await expectSynced(engineA);
  await engineB.join({ name: 'Geschäftsstelle Chemnitz' });
  await expectSynced(engineB);
  const persons = await a.domain('persons').toArray();
  await a.domain('persons').update(persons[0]!.id, { email: 'landrat@landkreis-zwickau.example' });
  await b.domain('persons').update(persons[0]!.id, { phone: '0375 4402-0' });
  await a.domain('persons').update(persons[1]!.id, { notes: 'Zwickau' });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await b.domain('persons').update(persons[1]!.id, { notes: 'Chemnitz' });
  const guest = (await b.domain('guests').toArray())[0]!;
  await b.domain('guests').delete(guest.id);
  for (const engine of [engineA, engineB, engineA, engineB]) await expectSynced(engine);
  const files = [];
  for await (const entry of (dir as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) files.push(entry.name);
  return { a: await state(a), b: await state(b), persons: [persons[0]!.id, persons[1]!.id], guest: guest.id, files: files.sort() };
}

/**
 * A PC's own device folder is deleted from the folder between two syncs of the same engine (whose
 * web adapter remembers folder handles): the next sync writes its whole log and head.json again,
 * and a PC that joins afterwards gets its data, including the edit made after the deletion.
 */
async function ownFolderRemoved() {
  const suffix = Math.random().toString(36).slice(2);
  const dir = await opfsFolder(`konvent-sync-${suffix}`);
  const a = new KonventDatabase(`pc-zwickau-${suffix}`);
  const b = new KonventDatabase(`pc-chemnitz-${suffix}`);
  const engineA = new SyncEngine({ db: a, folder: createWebSyncFolder(dir), appVersion: 'e2e' });
  await loadDemoData(a);
  await engineA.join({ name: 'Sekretariat Zwickau' });
  await expectSynced(engineA);
  await expectSynced(engineA);
  const deviceId = ((await a.table('_device').get('clock')) as { deviceId: string }).deviceId;
  const devices = await dir.getDirectoryHandle('devices');
  await devices.removeEntry(deviceId, { recursive: true });
  const person = (await a.domain('persons').toArray())[0]!;
  await a.domain('persons').update(person.id, { notes: 'nach dem Löschen geändert' });
  const again = await engineA.sync();
  const own = await devices.getDirectoryHandle(deviceId);
  const files: string[] = [];
  for await (const entry of (own as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) files.push(entry.name);
  const engineB = new SyncEngine({ db: b, folder: createWebSyncFolder(dir), appVersion: 'e2e' });
  await engineB.join({ name: 'Geschäftsstelle Chemnitz' });
  await expectSynced(engineB);
  const arrived = (await b.domain('persons').get(person.id))?.notes;
  return { again, files: files.sort(), arrived, persons: { a: await a.domain('persons').count(), b: await b.domain('persons').count() } };
}

/**
 * The app's own database ('konvent') becomes PC "Sekretariat Zwickau", joined to an OPFS folder
 * with another PC; afterwards there is one conflict and one bad file for the sync screen to show.
 */
async function prepareScreen() {
  const dir = await opfsFolder('Konvent-Sync');
  const app = new KonventDatabase('konvent');
  const other = new KonventDatabase('pc-chemnitz');
  await loadDemoData(app);
  const connection = new SyncConnection(app, { access: createWebSyncFolderAccess() });
  const joined = await connection.join({ kind: 'web', label: dir.name, handle: dir }, 'Sekretariat Zwickau');
  if (joined.kind !== 'joined') throw new Error(JSON.stringify(joined));
  const otherEngine = new SyncEngine({ db: other, folder: createWebSyncFolder(dir), appVersion: '0.1.0' });
  await otherEngine.join({ name: 'Geschäftsstelle Chemnitz' });
  await expectSynced(otherEngine);
  const landrat = (await app.domain('persons').toArray()).find((p) => p.lastName !== '')!;
  await app.domain('persons').update(landrat.id, { email: 'c.scheurer@landkreis-zwickau.example' });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await other.domain('persons').update(landrat.id, { email: 'buero.landrat@landkreis-zwickau.example' });
  await expectSynced(otherEngine);
  // A segment damaged on its way through the cloud.
  const device = 'c0ffee0000000001';
  const damaged = new TextDecoder()
    .decode(encodeSegment(device, [{ seq: 1, hlc: `${new Date().toISOString()}-0000-${device}`, table: 'persons', id: landrat.id, field: 'notes', value: 'x', prev: null }]).bytes)
    .replace('"value":"x"', '"value":"y"');
  await createWebSyncFolder(dir).writeAtomically(`${logDir(device)}/${segmentName(1, 1)}`, new TextEncoder().encode(damaged), tmpDir(device));
  for (let i = 0; i < 3; i++) {
    const outcome = await connection.syncNow(false);
    if (outcome.kind !== 'synced') throw new Error(JSON.stringify(outcome));
  }
  app.close();
  return { person: landrat.id };
}

/** Another change from Chemnitz, for "Jetzt synchronisieren" to fetch. */
async function otherPcEdits(personId: string, notes: string) {
  const dir = await opfsFolder('Konvent-Sync');
  const other = new KonventDatabase('pc-chemnitz');
  await other.domain('persons').update(personId, { notes });
  await expectSynced(new SyncEngine({ db: other, folder: createWebSyncFolder(dir), appVersion: '0.1.0' }));
  other.close();
}

/**
 * Issue 12's faults on the sync screen: the app's database ('konvent', "Sekretariat Zwickau") has a
 * conflict with Chemnitz, changes held back from "Außenstelle Plauen" whose clock is three days
 * ahead, and the device folder of "Altes Notebook" deleted after Zwickau had its changes.
 */
async function prepareFaultScreen() {
  const dir = await opfsFolder('Konvent-Sync');
  const app = new KonventDatabase('konvent');
  await loadDemoData(app);
  const connection = new SyncConnection(app, { access: createWebSyncFolderAccess() });
  const joined = await connection.join({ kind: 'web', label: dir.name, handle: dir }, 'Sekretariat Zwickau');
  if (joined.kind !== 'joined') throw new Error(JSON.stringify(joined));
  const pc = async (name: string, aheadMs = 0) => {
    const db = new KonventDatabase(`pc-${name}`);
    db.wallClock = () => Date.now() + aheadMs;
    const engine = new SyncEngine({ db, folder: createWebSyncFolder(dir), appVersion: '0.1.0' });
    await engine.join({ name });
    await expectSynced(engine);
    return { db, engine };
  };
  const chemnitz = await pc('Geschäftsstelle Chemnitz');
  const plauen = await pc('Außenstelle Plauen', 3 * 24 * 3600_000);
  const notebook = await pc('Altes Notebook');
  const persons = (await app.domain('persons').toArray()).filter((p) => p.lastName !== '');
  await app.domain('persons').update(persons[0]!.id, { email: 'c.scheurer@landkreis-zwickau.example' });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await chemnitz.db.domain('persons').update(persons[0]!.id, { email: 'buero.landrat@landkreis-zwickau.example' });
  await plauen.db.domain('persons').update(persons[1]!.id, { notes: 'Termin am Freitag' });
  await notebook.db.domain('persons').update(persons[2]!.id, { phone: '03741 291-0' });
  for (const { engine } of [chemnitz, plauen, notebook]) await expectSynced(engine);
  const sync = async () => {
    const outcome = await connection.syncNow(false);
    if (outcome.kind !== 'synced') throw new Error(JSON.stringify(outcome));
  };
  await sync();
  const notebookId = ((await notebook.db.table('_device').get('clock')) as { deviceId: string }).deviceId;
  await (await dir.getDirectoryHandle('devices')).removeEntry(notebookId, { recursive: true });
  await sync();
  app.close();
}

(window as unknown as { konventSyncHarness: unknown }).konventSyncHarness = { twoPcsConverge, ownFolderRemoved, prepareScreen, otherPcEdits, prepareFaultScreen };
