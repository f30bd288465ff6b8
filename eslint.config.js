// One lint config for the whole repo. Architecture rules (dependency direction) live here too:
// definitions <- runtime <- server; studio talks to the server over HTTP only (sharing only the pure
// form formats of runtime/forms); nothing above a port
// names an adapter except the composition roots.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const adapterImports = [
  '**/store/sqlite/**',
  '**/store/mongo/**',
  '**/store/postgres/**',
  '**/engine/embedded/**',
  '**/engine/zeebe/**',
];

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
  {
    files: ['runtime/**/*.ts'],
    ignores: ['runtime/bootstrap/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/studio/**'],
              message: 'runtime must not depend on server or studio',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'runtime/cases/**/*.ts',
      'runtime/workers/**/*.ts',
      'runtime/scenarios/**/*.ts',
      'server/**/*.ts',
    ],
    ignores: ['server/main.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: adapterImports,
              message: 'above the ports, do not name an adapter; take a Store/Engine',
            },
            { group: ['**/studio/**'], message: 'studio is reached over HTTP only' },
          ],
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
              // One exception: runtime/forms holds pure form rules (formats) both sides must apply alike.
              regex: '(^|/)(server/|runtime/(?!forms/form-formats$))',
              message: 'studio talks to the server over HTTP only (runtime/forms/form-formats excepted)',
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
