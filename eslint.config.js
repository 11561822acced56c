import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * The layers of DESIGN.md §2, enforced: shared/ is pure; renderer/ and electron/ import shared/
 * and never each other; only electron/ imports 'electron', and raw ipcMain/ipcRenderer only in
 * the two wrapper files.
 */
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'zlib', 'stream', 'util', 'events', 'worker_threads'];
const banNode = [
  { group: ['node:*'], message: 'shared/ and renderer/ run without Node.' },
  ...nodeBuiltins.map((name) => ({ group: [name, `${name}/*`], message: 'shared/ and renderer/ run without Node.' })),
];
const banElectron = { group: ['electron', 'electron/*'], message: "Only electron/ may import 'electron'." };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/**', 'coverage/**', 'test/e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...banNode,
            banElectron,
            { group: ['**/electron/**', '../electron', '../../electron'], message: 'renderer/ must not import electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...banNode,
            banElectron,
            { group: ['react', 'react-dom', 'react/*', 'dexie', 'dexie-*'], message: 'shared/ is pure: no React, no Dexie.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing of the other layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/handle.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use electron/ipc/handle.ts (main) or the preload bridge.' },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ must not import renderer/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [banElectron, { group: ['**/renderer/**'], message: 'electron/ must not import renderer/.' }] },
      ],
    },
  },
);
