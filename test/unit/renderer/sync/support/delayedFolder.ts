import { bytesEqual, type FolderEntry, type SyncFolder } from '../../../../../shared/sync/syncFolder';
import { FORMAT_FILE } from '../../../../../shared/sync/folderLayout';

/**
 * A cloud service between the PCs and the one real folder: each PC sees its own writes at once,
 * but another PC's file (or a newer version of it) only once it was "delivered" to that PC, in
 * whatever order the test picks. What a PC sees of a file is the version delivered to it.
 */
export class CloudDelay {
  /** Per PC: the version of each foreign file it has got so far. */
  private readonly delivered = new Map<string, Map<string, Uint8Array>>();
  private readonly writers = new Map<string, string>();

  constructor(private readonly real: SyncFolder) {}

  view(pc: string): SyncFolder {
    this.delivered.set(pc, new Map());
    const real = this.real;
    const sees = (path: string) => this.writers.get(path) === pc || this.writers.get(path) === undefined || this.delivered.get(pc)!.has(path);
    return {
      label: real.label,
      list: async (dir: string): Promise<FolderEntry[] | null> => {
        const entries = await real.list(dir);
        if (!entries) return entries;
        const prefix = dir === '' ? '' : `${dir}/`;
        const files = entries.filter((entry) => entry.kind === 'directory' || sees(prefix + entry.name));
        // A folder only exists for this PC when something in it arrived.
        return files.filter((entry) => entry.kind === 'file' || this.anyVisibleBelow(pc, prefix + entry.name));
      },
      read: async (path: string) => {
        const owner = this.writers.get(path);
        if (owner === undefined || owner === pc) return real.read(path);
        return this.delivered.get(pc)!.get(path) ?? null;
      },
      writeAtomically: async (path: string, data: Uint8Array, tempDir: string) => {
        // konvent-sync.json is there for everyone at once (the tests are about the logs).
        if (path !== FORMAT_FILE) this.writers.set(path, pc);
        await real.writeAtomically(path, data, tempDir);
      },
      rename: async (from: string, to: string) => {
        this.writers.set(to, pc);
        await real.rename(from, to);
      },
      removeTemp: (path: string) => real.removeTemp(path),
    };
  }

  private anyVisibleBelow(pc: string, dir: string): boolean {
    for (const [path, writer] of this.writers) if (path.startsWith(`${dir}/`) && (writer === pc || this.delivered.get(pc)!.has(path))) return true;
    return false;
  }

  /** Files whose latest version this PC has not got yet. */
  async pending(pc: string): Promise<string[]> {
    const waiting: string[] = [];
    for (const [path, writer] of this.writers) {
      if (writer === pc) continue;
      const current = await this.real.read(path);
      const got = this.delivered.get(pc)!.get(path);
      if (current && (!got || !bytesEqual(current, got))) waiting.push(path);
    }
    return waiting.sort();
  }

  async deliver(pc: string, path: string): Promise<void> {
    const current = await this.real.read(path);
    if (current) this.delivered.get(pc)!.set(path, current);
  }

  async deliverAll(pc: string): Promise<void> {
    for (const path of await this.pending(pc)) await this.deliver(pc, path);
  }

  /** Makes a file appear as written by a third party (a conflict copy made by the cloud client). */
  async addForeignFile(path: string, data: Uint8Array, tempDir: string): Promise<void> {
    this.writers.set(path, '~cloud');
    await this.real.writeAtomically(path, data, tempDir);
  }
}
