import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Rotates a log file that grew past its size limit: main.log → main.1.log → … → main.<keep>.log,
 * the oldest dropped. electron-log calls this as its archiveLogFn; it keeps one old file by
 * itself, which is too little to see what led up to a problem reported days later.
 */
export function rotateLogFile(file: string, keep: number): void {
  const { dir, name, ext } = path.parse(file);
  const archive = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  rmSync(archive(keep), { force: true });
  for (let n = keep - 1; n >= 1; n -= 1) {
    if (existsSync(archive(n))) renameSync(archive(n), archive(n + 1));
  }
  if (existsSync(file)) renameSync(file, archive(1));
}
