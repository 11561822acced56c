import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import path from 'node:path';

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

/**
 * One door between the renderer's parts (DESIGN.md §2): renderer/{db,sync,platform} never import
 * renderer/features/, and a feature never imports another feature; app/ composes them (screens.ts,
 * settingsPanels.ts). Checked on the resolved path, so it holds at any folder depth.
 */
const featureBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const features = path.resolve(context.cwd, 'renderer/features');
    const below = (dir, file) => {
      const relative = path.relative(dir, file);
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    };
    const featureOf = (file) => (below(features, file) ? path.relative(features, file).split(path.sep)[0] : undefined);
    const lowerLayer = ['db', 'sync', 'platform'].find((dir) => below(path.resolve(context.cwd, 'renderer', dir), context.filename));
    const ownFeature = featureOf(context.filename);
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = featureOf(path.resolve(path.dirname(context.filename), specifier));
      if (!target) return;
      if (lowerLayer) context.report({ node, message: `renderer/${lowerLayer} must not import renderer/features/ (${specifier}).` });
      else if (ownFeature && target !== ownFeature) {
        context.report({ node, message: `features/${ownFeature} must not import features/${target}; compose them in renderer/app/.` });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

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
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, konvent: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      'konvent/feature-boundaries': 'error',
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
