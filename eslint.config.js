// Lint keeps the layer direction honest, with no exceptions:
//   model <- doc <- storage/sync/export <- i18n <- session <- canvas <- ui <- app
// (i18n and session sit below the views: canvas and ui both use them). README's layer table
// lists the same rules.
// Layer rules match import paths by regular expression, so a bare `lib0` is caught as
// well as `lib0/encoding`, and a folder rule is written for every nesting depth, so
// `../../doc` from src/ui/board is caught while `./export` inside src/doc is not.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** An import of any of these packages, or of a file inside one. */
const packages = (names) => `^(${names.join('|')})(/.*)?$`;

const REACT = ['react', 'react-dom', '@xyflow/[^/]+', 'zustand/react'];
const CRDT = ['yjs', 'y-[^/]+', 'lib0', '@y/[^/]+'];

const restrict = (message, regex) => ({ regex, message });
const noReact = (who) => [
  restrict(`${who} never imports React or React Flow.`, packages(REACT)),
  // zustand's main entry is its React hook; zustand/vanilla is plain state
  restrict(`${who} never imports zustand's React hook (use zustand/vanilla).`, '^zustand$'),
];
const noCrdt = (message) => [restrict(message, packages(CRDT))];

// DOM and browser-only globals: the pure layers run in Node (CLI, relay) too.
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'IDBKeyRange',
  'location',
  'history',
  'self',
  'HTMLElement',
  'Element',
  'Node',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'matchMedia',
  'alert',
  'confirm',
  'prompt',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'BroadcastChannel',
  'Worker',
].map((name) => ({ name, message: 'model/ and doc/ are pure: no DOM or browser globals.' }));

/**
 * `no-restricted-imports` for the files of `base` (e.g. `src/doc`): the package
 * rules, plus imports of the folders `dirs` of src/ as seen from each depth
 * (`../x` from src/doc/a.ts, `../../x` from src/doc/workshop/a.ts, `../src/x` from server/).
 * `except(dir)` may return a lookahead that allows some subfolders.
 */
function layer(base, { who, pkgs = [], dirs = [], except = () => '', ignores, rules = {} }) {
  const fromSrc = base.startsWith('src/');
  return [1, 2, 3, 4].map((depth) => {
    const up = `(\\.\\./){${depth}}${fromSrc ? '' : 'src/'}`;
    const folderRules = dirs.map((dir) =>
      restrict(
        `${who} may not import from ${dir}/ (layer direction).`,
        `^${up}${dir}${except(dir)}(/.*)?$`,
      ),
    );
    return {
      files: [`${base}/${'*/'.repeat(depth - 1)}*.{ts,tsx,js,mjs}`],
      ...(ignores ? { ignores } : {}),
      rules: {
        'no-restricted-imports': ['error', { patterns: [...pkgs, ...folderRules] }],
        ...rules,
      },
    };
  });
}

/** Every folder above doc/: none of them may be imported by model/ or doc/. */
const ABOVE_DOC = ['storage', 'sync', 'export', 'i18n', 'session', 'canvas', 'ui', 'app', 'cli'];

const pure = { 'no-restricted-globals': ['error', ...DOM_GLOBALS] };
const noAny = { '@typescript-eslint/no-explicit-any': 'error' };

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'data', 'public', 'coverage', 'e2e/.artifacts', '.scratch'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**', 'src/canvas/**', 'src/app/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  ...layer('src/model', {
    who: 'model/',
    ignores: ['src/model/**/*.test.ts'],
    pkgs: [
      ...noReact('model/'),
      restrict(
        'model/ is pure: no Yjs, Dexie or zustand.',
        packages([...CRDT, 'dexie', 'zustand']),
      ),
    ],
    dirs: ['doc', ...ABOVE_DOC],
    rules: { ...pure, ...noAny },
  }),
  ...layer('src/doc', {
    who: 'doc/',
    pkgs: [...noReact('doc/'), restrict('doc/ holds documents; Dexie is storage/.', '^dexie$')],
    dirs: ABOVE_DOC,
    rules: { ...pure, ...noAny },
  }),
  ...['src/storage', 'src/sync'].flatMap((base) =>
    layer(base, {
      who: `${base.slice(4)}/`,
      pkgs: noReact(`${base.slice(4)}/`),
      dirs: ['i18n', 'session', 'canvas', 'ui', 'app', 'cli'],
    }),
  ),
  ...layer('src/export', {
    who: 'export/',
    pkgs: [...noReact('export/'), ...noCrdt('export/ is pure functions of a snapshot: no Yjs.')],
    dirs: ['storage', 'sync', 'i18n', 'session', 'canvas', 'ui', 'app', 'cli'],
  }),
  ...layer('src/i18n', {
    who: 'i18n/',
    pkgs: noCrdt('i18n/ holds messages and the language; it does not touch Yjs.'),
    dirs: ['storage', 'sync', 'export', 'session', 'canvas', 'ui', 'app', 'cli'],
  }),
  ...layer('src/session', {
    who: 'session/',
    pkgs: noCrdt('session/ holds per-map view state; Y.Doc work belongs to doc/.'),
    dirs: ['storage', 'sync', 'export', 'canvas', 'ui', 'app', 'cli'],
  }),
  ...layer('src/canvas', {
    who: 'canvas/',
    pkgs: noCrdt('The canvas reads snapshots and calls doc commands; it does not touch Yjs.'),
    dirs: ['storage', 'sync', 'ui', 'app', 'cli'],
  }),
  ...layer('src/ui', {
    who: 'ui/',
    pkgs: noCrdt('UI reads snapshots and calls doc commands; it does not touch Yjs.'),
    dirs: ['app', 'cli'],
  }),
  ...layer('src/app', {
    who: 'app/',
    pkgs: noCrdt('app/ composes layers; Y.Doc work belongs to doc/, storage/ or sync/.'),
    dirs: ['cli'],
  }),
  ...layer('src/cli', {
    who: 'The CLI',
    pkgs: [
      ...noReact('The CLI'),
      ...noCrdt('The CLI uses doc/ and sync/; it does not import Yjs itself.'),
    ],
    dirs: ['storage', 'i18n', 'session', 'canvas', 'ui', 'app'],
  }),
  ...layer('server', {
    who: 'The relay',
    pkgs: noReact('The relay'),
    dirs: ['storage', 'i18n', 'session', 'canvas', 'ui', 'app'],
  }),
);
