import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ipcChannels } from '../../../../shared/ipc/contract';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the IPC surface', () => {
  it('has no channel the renderer does not use (every exposed function is a door into the main process)', () => {
    const renderer = sourceFiles(path.resolve('renderer'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = ipcChannels.filter((channel) => !renderer.includes(`'${channel}'`));
    expect(unused).toEqual([]);
  });
});
