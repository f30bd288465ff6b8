// One lint config for the whole repo. Architecture rules (dependency direction) live here too:
// definitions <- runtime <- server; studio talks to the server over HTTP only (sharing only the pure
// form formats of runtime/forms); nothing above a port
// names an adapter except the composition roots.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Adapters: one folder per mechanism behind a port. Only composition roots (runtime/bootstrap,
// server/main.ts) name them; an adapter never names another port's adapters.
const storeAdapters = ['runtime/store/sqlite', 'runtime/store/mongo', 'runtime/store/postgres'];
const engineAdapters = ['runtime/engine/embedded', 'runtime/engine/temporal', 'runtime/engine/zeebe'];
const adapters = [...storeAdapters, ...engineAdapters];

// The runtime layers: which other runtime folders each folder may import (its own always). Anything
// else is a lint error, so a new dependency is a visible edit here. Every runtime folder must be
// listed, and the lists form no cycle (tests/unit/architecture-lint.test.ts checks both), so the
// folders stack from `common` up to `bootstrap` (the composition root) and `scenarios` (which
// starts platforms to rehearse a draft).
export const runtimeLayers = {
  common: [],
  contract: [], // the API's request/response schemas, shared with the studio: self-contained
  forms: [],
  expressions: ['common'],
  store: ['common'],
  events: ['store'],
  engine: ['common', 'expressions', 'store'],
  definitions: ['common', 'engine', 'expressions', 'forms', 'store'],
  directory: ['common', 'forms', 'store'],
  calendar: ['common', 'definitions', 'directory', 'store'],
  cases: ['calendar', 'common', 'contract', 'definitions', 'engine', 'expressions', 'forms', 'store'],
  attachments: ['cases', 'common', 'store'],
  reports: ['cases', 'common', 'definitions', 'store'],
  'needs-survey': ['common', 'definitions', 'store'],
  workers: ['calendar', 'cases', 'common', 'definitions', 'engine', 'store'],
  messages: ['common', 'store'],
  bootstrap: [
    'calendar',
    'cases',
    'common',
    'definitions',
    'directory',
    'engine',
    'events',
    'expressions',
    'messages',
    'store',
    'workers',
  ],
  scenarios: ['bootstrap', 'cases', 'common', 'definitions', 'reports', 'store'],
};

/**
 * Use-case folders: their services and functions declare the repositories they use
 * (`Pick<Store, 'cases' | 'transact'>`), never the whole Store, so a dependency is visible where it is
 * taken (tests/unit/architecture-lint.test.ts plants a violation in each).
 */
export const useCaseFolders = [
  'attachments',
  'cases',
  'definitions',
  'directory',
  'messages',
  'needs-survey',
  'reports',
];

/** The composition root: the one runtime folder that names adapters. */
export const compositionRoot = 'bootstrap';

/** Globs for a folder's own files ('runtime/x/**'). */
const within = (folder) => [`${folder}/**/*.ts`];

/**
 * One no-restricted-imports entry per file set, with every restriction that applies to it. Flat config
 * replaces a rule's options when two blocks match the same file, so the restrictions are accumulated
 * here and each file gets exactly one block's list.
 */
function architectureBlocks() {
  const blocks = [];
  const upward = [
    { group: ['**/server/**'], message: 'runtime must not depend on server' },
    { group: ['**/studio/**'], message: 'studio is reached over HTTP only' },
  ];
  for (const [folder, allowed] of Object.entries(runtimeLayers)) {
    const patterns = [...upward];
    const forbidden = Object.keys(runtimeLayers).filter((f) => f !== folder && !allowed.includes(f));
    for (const f of forbidden) {
      patterns.push({
        group: [`**/${f}/**`],
        message: `runtime/${folder} may import only ${allowed.join(', ') || 'nothing else in runtime'} (eslint.config.js runtimeLayers)`,
      });
    }
    const ownAdapters = adapters.filter((a) => a.startsWith(`runtime/${folder}/`));
    const sets = [
      {
        files: within(`runtime/${folder}`),
        ignores: ownAdapters.flatMap(within),
        adapterRule: folder !== compositionRoot,
      },
    ];
    if (folder === 'store' || folder === 'engine') {
      const others = folder === 'store' ? engineAdapters : storeAdapters;
      for (const own of ownAdapters)
        sets.push({ files: within(own), ignores: [], adapterRule: false, otherPort: others });
    }
    for (const set of sets) {
      const list = [...patterns];
      if (set.adapterRule) {
        list.push({
          group: adapters.flatMap((a) => [`**/${a.split('/').slice(1).join('/')}/**`]),
          message:
            'above the ports, do not name an adapter; take a Store/Engine (composition roots excepted)',
        });
      }
      if (set.otherPort) {
        list.push({
          group: set.otherPort.map((a) => `**/${a.split('/').slice(1).join('/')}/**`),
          message: "an adapter never names another port's adapter",
        });
      }
      blocks.push({
        files: set.files,
        ignores: [...set.ignores, '**/*.test.ts', 'runtime/store/conformance/**'],
        rules: { 'no-restricted-imports': ['error', { patterns: list }] },
      });
    }
  }
  blocks.push({
    files: ['server/**/*.ts'],
    ignores: ['server/main.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: adapters.map((a) => `**/${a.split('/').slice(1).join('/')}/**`),
              message: 'above the ports, do not name an adapter; take a Store/Engine',
            },
            { group: ['**/studio/**'], message: 'studio is reached over HTTP only' },
          ],
        },
      ],
    },
  });
  return blocks;
}

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'studio/dist/**', 'data/**', '.cache/**', '.tmp/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...architectureBlocks(),
  {
    files: useCaseFolders.flatMap((f) => within(`runtime/${f}`)),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSTypeAnnotation > TSTypeReference[typeName.name='Store']",
          message:
            "a use case declares the repositories it uses: Pick<Store, 'cases' | …>, not the whole Store (eslint.config.js useCaseFolders)",
        },
      ],
    },
  },
  {
    files: ['studio/**/*.ts', 'studio/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Two exceptions: runtime/forms holds pure form rules (formats) both sides must apply alike;
              // runtime/contract holds the API's schemas the studio derives its types from.
              regex: '(^|/)(server/|runtime/(?!forms/form-formats(\\.js)?$|contract/))',
              message:
                'studio talks to the server over HTTP only (runtime/forms/form-formats and runtime/contract excepted)',
            },
          ],
        },
      ],
    },
  },
  {
    // node:test's test()/describe() return promises the runner tracks itself.
    files: ['**/*.test.ts', 'tests/**/*.ts', 'runtime/store/conformance/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
