/** One bundled library, as build-electron.mjs lists it in licenses.json. */
export interface BundledLicense {
  name: string;
  version: string;
  license: string;
}

/** The text of "Über Konvent": version, runtime, and every bundled library with its licence. */
export function aboutText(input: { version: string; electron: string; chrome: string; node: string; licenses: readonly BundledLicense[] }): string {
  const libraries = [...input.licenses]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((l) => `${l.name} ${l.version} (${l.license})`)
    .join('\n');
  return [
    `Version ${input.version}`,
    `Electron ${input.electron} · Chromium ${input.chrome} · Node.js ${input.node}`,
    '',
    'Enthaltene Bibliotheken und ihre Lizenzen:',
    libraries || '(Liste nicht verfügbar)',
    '',
    'Electron steht unter der MIT-Lizenz, Chromium unter der BSD-Lizenz und weiteren (LICENSES.chromium.html im Programmordner).',
  ].join('\n');
}
