import { describe, expect, it } from 'vitest';
import { isSafeRelativePath, judgeLogEntry, parseSegmentName, segmentPath, snapshotName, parseSnapshotName } from '../../../../shared/sync/folderLayout';

describe('folder layout', () => {
  it('names segments with ten-digit sequence numbers and reads back only exact names', () => {
    expect(segmentPath('0123456789abcdef', 1, 42)).toBe('devices/0123456789abcdef/log/0000000001-0000000042.jsonl');
    expect(parseSegmentName('0000000001-0000000042.jsonl')).toEqual({ first: 1, last: 42 });
    for (const copy of ['0000000001-0000000042 (1).jsonl', '0000000001-0000000042 (conflicted copy 2026-03-11).jsonl', '0000000001-0000000042-DESKTOP-4711.jsonl', '0000000001-0000000042.jsonl.tmp', '1-42.jsonl', '0000000042-0000000001.jsonl']) {
      expect(parseSegmentName(copy), copy).toBeNull();
    }
    expect(judgeLogEntry('0000000001-0000000042 (Konflikt).jsonl')).toBe('conflictCopy');
    expect(judgeLogEntry('desktop.ini')).toBe('clutter');
    expect(judgeLogEntry('.DS_Store')).toBe('clutter');
    expect(judgeLogEntry('notizen.txt')).toBe('unknown');
  });

  it('names snapshots by clock without characters Windows forbids', () => {
    const name = snapshotName('2026-03-11T13:00:00.000Z-0000-0123456789abcdef');
    expect(name).toBe('20260311T130000000Z-0000-0123456789abcdef.json.gz');
    expect(name).not.toMatch(/[:\\/*?"<>|]/);
    expect(parseSnapshotName(name)).toBe('2026-03-11T13:00:00.000Z-0000-0123456789abcdef');
  });

  it('accepts only plain relative paths', () => {
    expect(isSafeRelativePath('devices/0123456789abcdef/head.json')).toBe(true);
    for (const bad of ['', '/abs', '../x', 'a/../b', 'a/./b', 'a\\b', 'C:x', 'a//b', '.', 'a/']) expect(isSafeRelativePath(bad), bad).toBe(false);
  });
});
