// Lint keeps the layer direction honest: model <- doc <- storage/sync/canvas/export <- ui <- app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ui = ['react', 'react-dom', 'react-dom/*', '@xyflow/react', 'zustand', 'dexie'];
const crdt = ['yjs', 'y-websocket', 'y-indexeddb', 'y-protocols/*', 'lib0/*'];
const layer = (names, message) => names.map((name) => ({ group: [name], message }));
const outward = (dirs) => dirs.map((d) => ({ group: [`**/${d}/*`, `../${d}`, `../${d}/*`], message: `This layer may not import from ${d}/.` }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'public', 'coverage', 'e2e/.artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**', 'src/canvas/**', 'src/app/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/model/**'],
    ignores: ['src/model/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...layer([...ui, ...crdt], 'model/ is pure: no React, Yjs or storage.'), ...outward(['doc', 'storage', 'sync', 'canvas', 'export', 'ui', 'app', 'cli'])] }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/doc/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...layer(ui, 'doc/ knows Yjs, never React.'), ...outward(['storage', 'sync', 'canvas', 'export', 'ui', 'app', 'cli'])] }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/export/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...layer([...ui, ...crdt], 'export/ is pure functions of a snapshot.'), ...outward(['storage', 'sync', 'canvas', 'ui', 'app', 'cli'])] }],
    },
  },
  {
    files: ['src/canvas/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...layer(crdt, 'UI reads snapshots and calls doc commands; it does not touch Yjs.'), ...outward(['app'])] }],
    },
  },
  {
    files: ['server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...layer(ui, 'The relay never imports React.'), ...outward(['storage', 'canvas', 'ui', 'app'])] }],
    },
  },
);
