import { build as esbuild } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { defaultSettings } from '../../shared/domain/settings';
import { launchBrowser } from '../e2e/harness/browser';
import { generateDataset, type DatasetSize } from './dataset/generateTenYears';
import { buildTenYearFolder, type FolderFile } from './sync/buildTenYearFolder';
import { putRowsIntoAppDatabase } from './harness/appDatabaseLoader';
import { measureColdStart } from './harness/coldStart';
import { measurePrint, openWarmPrintPage } from './harness/printTiming';
import { rendererInitialGzipKB } from './harness/rendererSize';
import { median, repeat } from './harness/statistics';
import { slices, tableSlices } from './harness/cdpSlices';
import type { BenchFigures } from './budgets';
import { heapMB, measureFirstVisits, measureScreens, measureSearch, openApp, screenChecks } from './harness/screenTiming';

export interface BenchOptions {
  size: DatasetSize;
  /** Edits spread over three PCs after the initial entry (about 50,000 ops in all at ten years). */
  edits: number;
  runs: number;
  /** The app served in web mode (production build) and the folder it was built into. */
  baseUrl: string;
  distDir: string;
  workDir: string;
}

export interface BenchResults extends BenchFigures {
  runs: number;
  opCount: number;
  rows: Record<string, number>;
  /** Click to screen complete, per screen (median of the runs). */
  screens: Record<string, number>;
  /** First visit of each lazy screen after start-up. */
  firstVisits: Record<string, number>;
  /** Total bytes of the minutes texts (agenda item notes) in the loaded database. */
  minutesTextKB: number;
  /** Total bytes of the approved documents frozen into the approved minutes. */
  approvedDocumentsKB: number;
  backupBytes: number;
}

/** Queries typed into the search: words of the generated minutes, with and without umlauts written out. */
export const SEARCH_QUERIES = ['foerdermoeglichkeiten', 'Fachkräftesicherung Region', 'werkstattgespraeche', 'Chemnitz Landrat'] as const;

type BenchApi = {
  stage(name: string, value: unknown): void;
  stageAppend(name: string, part: unknown[] | Record<string, unknown[]>): void;
  backupStaged(db: string, name: string): ReturnType<BenchApi['backup']>;
  writeFiles(folder: string, files: FolderFile[]): Promise<void>;
  writeStagedFiles(folder: string, name: string): Promise<void>;
  bulkPutStagedFloor(db: string, name: string): Promise<{ ms: number; counts: Record<string, number> }>;
  bootstrap(folder: string, db: string): Promise<{ ms: number; counts: Record<string, number> }>;
  incremental(folder: string, db: string, files: FolderFile[], probe: { table: string; id: string; field: string }): Promise<{ ms: number; value: unknown }>;
  bulkPutFloor(db: string, rows: Record<string, unknown[]>): Promise<{ ms: number; counts: Record<string, number> }>;
  backup(db: string, rows: Record<string, unknown[]>): Promise<{
    floorMs: number;
    createMs: number;
    createLongestTaskMs: number;
    restoreMs: number;
    restoreLongestTaskMs: number;
    bytes: number;
    outbox: number;
  }>;
};

async function benchPageSource(): Promise<string> {
  const result = await esbuild({
    entryPoints: ['test/bench/browser/benchPage.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    define: { __APP_VERSION__: JSON.stringify('bench') },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const bench = (page: Page) => page.evaluateHandle(() => (window as unknown as { konventBench: BenchApi }).konventBench);
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const countRows = (rows: Record<string, unknown[]>) => Object.fromEntries(Object.entries(rows).map(([t, r]) => [t, r.length]));

function sameCounts(actual: Record<string, number>, expected: Record<string, number>, what: string) {
  for (const [table, count] of Object.entries(expected)) {
    if (actual[table] !== count) throw new Error(`${what}: ${table} hat ${actual[table]} statt ${count} Zeilen`);
  }
}

/**
 * Measures the figures of issue 9 on a generated dataset: sync bootstrap and one incremental change
 * (real IndexedDB and OPFS in Chromium), the minutes PDF through the print route, web-mode cold
 * start with the data, and the size of the renderer's initial JavaScript.
 */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  mkdirSync(options.workDir, { recursive: true });
  const dataset = generateDataset(options.size);
  const folder = await buildTenYearFolder(dataset, options.edits);
  const browser: Browser = await launchBrowser();
  try {
    const expected = countRows(folder.finalRows);
    const probeId = dataset.agendaItems[0]!.id;
    const source = await benchPageSource();

    // Sync: bootstrap + incremental, and the bulkPut floor, in the app's origin (OPFS, IndexedDB).
    const syncContext = await browser.newContext();
    const page = await syncContext.newPage();
    await page.goto(options.baseUrl);
    await page.evaluate(source);
    const api = await bench(page);
    const bootstrap: number[] = [];
    const incremental: number[] = [];
    const floor: number[] = [];
    // Sent to the page once, in slices; each run writes them from there.
    for (const part of slices(folder.files)) await api.evaluate((b, files) => b.stageAppend('folder', files), part);
    for (const part of tableSlices(folder.finalRows)) await api.evaluate((b, rows) => b.stageAppend('finalRows', rows), part);
    for (const part of tableSlices({ ...folder.finalRows, ...folder.syncRows })) await api.evaluate((b, rows) => b.stageAppend('allRows', rows), part);
    for (let run = 0; run < options.runs; run += 1) {
      await api.evaluate((b, name) => b.writeStagedFiles(name, 'folder'), `bench-folder-${run}`);
      const joined = await api.evaluate((b, [name, db]) => b.bootstrap(name, db), [`bench-folder-${run}`, `bench-pc-${run}`] as const);
      sameCounts(joined.counts, expected, 'Neuer Rechner');
      bootstrap.push(joined.ms);
      const change = await api.evaluate((b, [name, db, files, probe]) => b.incremental(name, db, files, probe), [
        `bench-folder-${run}`,
        `bench-pc-${run}`,
        folder.incrementalFiles,
        { table: 'agendaItems', id: probeId, field: 'notes' },
      ] as const);
      if (change.value !== 'Eine neue Änderung aus Chemnitz.') throw new Error('Die neue Änderung kam nicht an.');
      incremental.push(change.ms);
      const plain = await api.evaluate((b, db) => b.bulkPutStagedFloor(db, 'finalRows'), `bench-floor-${run}`);
      sameCounts(plain.counts, expected, 'bulkPut');
      floor.push(plain.ms);
    }
    // Backup create and restore of the database with its sync history.
    const backups = [];
    for (let run = 0; run < options.runs; run += 1) {
      const result = await api.evaluate((b, db) => b.backupStaged(db, 'allRows'), `bench-backup-${run}`);
      if (result.outbox !== folder.syncRows._outbox!.length) throw new Error(`Sicherung: ${result.outbox} statt ${folder.syncRows._outbox!.length} Ops`);
      backups.push(result);
    }
    await syncContext.close();

    // The app in web mode with the whole dataset: cold start and the minutes PDF.
    const appContext = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const setup = await appContext.newPage();
    await setup.goto(options.baseUrl);
    await setup.getByRole('button', { name: 'Beispieldaten laden' }).waitFor();
    // The app's database as on the PC that typed the data in: final rows plus its sync history.
    await putRowsIntoAppDatabase(setup, { ...folder.finalRows, ...folder.syncRows, settings: [defaultSettings(new Date().toISOString())] });
    await setup.close();
    const coldStart = await repeat(options.runs, () => measureColdStart(appContext, options.baseUrl));
    const lastSitting = dataset.sittings.at(-1)!;
    const printPage = await openWarmPrintPage(appContext, options.baseUrl);
    const printRuns: { pdfMs: number; pdfFloorMs: number }[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      printRuns.push(await measurePrint(printPage, `/print/minutes/${lastSitting.id}`, path.join(options.workDir, 'minutes.pdf')));
    }
    // Screens, search and heap, in one started app.
    const checks = screenChecks({
      sittings: dataset.sittings.length,
      lastSittingId: lastSitting.id,
      lastSittingItems: options.size.lastSittingItems,
      actionItems: folder.finalRows.actionItems!.length,
    });
    const app = await openApp(appContext, options.baseUrl);
    const screens = await measureScreens(app, checks, options.runs);
    const search = await measureSearch(app, SEARCH_QUERIES);
    const heap = await heapMB(app);
    await app.close();
    const firstVisits = await measureFirstVisits(appContext, options.baseUrl, checks);
    await appContext.close();

    const backupFloorMs = median(backups.map((b) => b.floorMs));
    const backupCreateMs = median(backups.map((b) => b.createMs));
    const bootstrapMs = median(bootstrap);
    const bulkPutFloorMs = median(floor);
    const pdfMs = median(printRuns.map((r) => r.pdfMs));
    const pdfFloorMs = median(printRuns.map((r) => r.pdfFloorMs));
    return {
      bootstrapMs: round(bootstrapMs),
      bulkPutFloorMs: round(bulkPutFloorMs),
      bootstrapRatio: round(bootstrapMs / bulkPutFloorMs, 2),
      incrementalMs: round(median(incremental)),
      pdfMs: round(pdfMs),
      pdfFloorMs: round(pdfFloorMs),
      pdfRatio: round(pdfMs / pdfFloorMs, 2),
      coldStartMs: round(median(coldStart)),
      rendererGzipKB: rendererInitialGzipKB(options.distDir),
      screenMaxMs: round(Math.max(...Object.values(screens))),
      firstVisitMaxMs: round(Math.max(...Object.values(firstVisits))),
      searchMs: round(search.searchMs),
      typingLongestTaskMs: round(search.typingLongestTaskMs),
      heapMB: round(heap),
      backupCreateMs: round(backupCreateMs),
      backupFloorMs: round(backupFloorMs),
      backupCreateRatio: round(backupCreateMs / backupFloorMs, 2),
      backupCreateLongestTaskMs: round(Math.max(...backups.map((b) => b.createLongestTaskMs))),
      backupRestoreMs: round(median(backups.map((b) => b.restoreMs))),
      screens: Object.fromEntries(Object.entries(screens).map(([k, v]) => [k, round(v)])),
      firstVisits: Object.fromEntries(Object.entries(firstVisits).map(([k, v]) => [k, round(v)])),
      minutesTextKB: round((folder.finalRows.agendaItems as { notes: string }[]).reduce((sum, i) => sum + new TextEncoder().encode(i.notes).length, 0) / 1024, 0),
      approvedDocumentsKB: round((folder.finalRows.minutes as { approvedDocument?: string }[]).reduce((sum, m) => sum + new TextEncoder().encode(m.approvedDocument ?? '').length, 0) / 1024, 0),
      backupBytes: median(backups.map((b) => b.bytes)),
      runs: options.runs,
      opCount: folder.opCount,
      rows: expected,
    };
  } finally {
    await browser.close();
    folder.cleanup();
  }
}
