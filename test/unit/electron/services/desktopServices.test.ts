import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { restoreWindowBounds } from '../../../../electron/services/windowGeometry';
import { rotateLogFile } from '../../../../electron/services/logRotation';
import { isAllowedExternalUrl } from '../../../../electron/services/externalLinks';
import { redactHome } from '../../../../electron/services/redactPaths';
import { openDesktopSettingsStore } from '../../../../electron/services/desktopSettingsStore';
import { aboutText } from '../../../../electron/services/aboutText';

describe('window geometry', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
  it('reopens where it was when that is on a screen', () => {
    expect(restoreWindowBounds({ x: 100, y: 50, width: 1300, height: 900, maximized: false }, [laptop])).toEqual({
      bounds: { x: 100, y: 50, width: 1300, height: 900 },
      maximized: false,
    });
  });
  it('falls back to the default size when the remembered monitor is gone', () => {
    const result = restoreWindowBounds({ x: 2500, y: 100, width: 1200, height: 800, maximized: true }, [laptop]);
    expect(result).toEqual({ bounds: { width: 1280, height: 840 }, maximized: true });
  });
});

describe('log rotation', () => {
  it('keeps five old files, newest first, and drops the oldest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'konvent-logs-'));
    const file = path.join(dir, 'main.log');
    for (let round = 1; round <= 7; round += 1) {
      writeFileSync(file, `Runde ${round}`);
      rotateLogFile(file, 5);
    }
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(path.join(dir, 'main.1.log'), 'utf8')).toBe('Runde 7');
    expect(readFileSync(path.join(dir, 'main.5.log'), 'utf8')).toBe('Runde 3');
    expect(existsSync(path.join(dir, 'main.6.log'))).toBe(false);
  });
});

describe('external links', () => {
  it('opens only our https site and mail addresses', () => {
    expect(isAllowedExternalUrl('https://www.region-chemnitz.de/masterplan')).toBe(true);
    expect(isAllowedExternalUrl('mailto:sekretariat@region-chemnitz.de')).toBe(true);
    expect(isAllowedExternalUrl('mailto:sekretariat@region-chemnitz.de?subject=Einladung%2012.%20Sitzung&body=Guten%20Tag')).toBe(true);
    for (const url of ['http://www.region-chemnitz.de', 'https://evil.example', 'https://www.region-chemnitz.de.evil.example', 'https://user@www.region-chemnitz.de', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'nonsense']) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('mailto links', () => {
  it('pass only with one address and optional subject and body', () => {
    for (const url of [
      'mailto:a@b.de?attach=/etc/passwd',
      'mailto:a@b.de?subject=x&attach=C:%5CUsers%5Ca%5Cdaten.konvent',
      'mailto:a@b.de?bcc=spion@evil.example',
      'mailto:a@b.de?cc=spion@evil.example',
      'mailto:a@b.de?BCC=spion@evil.example',
      'mailto:a@b.de,spion@evil.example',
      'mailto:a@b.de;spion@evil.example',
      'mailto:a@b.de?to=spion@evil.example',
      'mailto:a@b.de?subject=a&subject=b',
      'mailto:a@b.de#x',
      'mailto:?to=a@b.de',
      'mailto:%E0%A4%A@b.de',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('log redaction', () => {
  it('replaces the home folder, which carries the user name', () => {
    expect(redactHome('Ordner /home/anna.mueller/Nextcloud/Konvent', '/home/anna.mueller')).toBe('Ordner ~/Nextcloud/Konvent');
    expect(redactHome('C:\\Users\\AMueller\\Sicherung', 'C:\\Users\\AMueller')).toBe('~\\Sicherung');
  });
});

describe('desktop settings store', () => {
  it('remembers window and folders across starts and survives a damaged file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'konvent-settings-'));
    const file = path.join(dir, 'desktop-settings.json');
    const store = await openDesktopSettingsStore(file);
    await store.update({ windowBounds: { x: 1, y: 2, width: 1300, height: 900, maximized: false } });
    expect(await store.setFolder('backupFolder', dir)).toEqual({ state: 'ready', folder: dir });
    expect(await store.setFolder('syncFolder', path.join(dir, 'fehlt'))).toEqual({ state: 'unavailable', folder: path.join(dir, 'fehlt') });
    const again = await openDesktopSettingsStore(file);
    expect(again.read()).toEqual({ windowBounds: { x: 1, y: 2, width: 1300, height: 900, maximized: false }, backupFolder: dir });
    writeFileSync(file, '{ kaputt');
    const problems: string[] = [];
    expect((await openDesktopSettingsStore(file, (p) => problems.push(p))).read()).toEqual({});
    expect(problems).toHaveLength(1);
  });
});

describe('about text', () => {
  it('names the version and every bundled library with its licence', () => {
    const text = aboutText({ version: '0.1.0', electron: '45.4.1', chrome: '140', node: '22', licenses: [{ name: 'zod', version: '4.6.7', license: 'MIT' }, { name: 'dexie', version: '4.4.7', license: 'Apache-2.0' }] });
    expect(text).toContain('Version 0.1.0');
    expect(text.indexOf('dexie 4.4.7 (Apache-2.0)')).toBeLessThan(text.indexOf('zod 4.6.7 (MIT)'));
  });
});
