// Lint rules, and the dependency direction of the architecture as lint errors (the per-folder
// tsconfigs make the same boundaries a compile error):
//   shared/        imports nothing runtime specific (no Node, DOM-only, Electron, SQLite, React)
//   renderer/      never imports electron/ or server/, nor Node or Electron
//   electron/core  never imports `electron`
//   server/        never imports electron/ or renderer/
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

import { builtinModules } from 'node:module';

// Node's built-ins by exact name (a pattern like 'events' would also match shared/contract/events).
const nodeBuiltins = ['node:*', ...builtinModules.map((m) => `/^${m.replace('/', '\\/')}$/`)];

const restrict = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: patterns.filter((p) => !p.startsWith('/')), message },
        ...patterns.filter((p) => p.startsWith('/')).map((p) => ({ regex: p.slice(1, -1), message })),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      [
        ...nodeBuiltins,
        'electron',
        'better-sqlite3-multiple-ciphers',
        'react',
        'react-dom',
        'fastify',
        'pino',
        '**/electron/**',
        '**/renderer/**',
        '**/server/**',
      ],
      'shared/ is pure: no Node, Electron, SQLite, React or other folders.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, 'electron', 'better-sqlite3-multiple-ciphers', '**/electron/**', '**/server/**'],
        'renderer/ talks to the core only through the contract in shared/ (api/client.ts).',
      ),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(
      ['electron', '**/electron/main/**', '**/electron/preload/**', '**/renderer/**', '**/server/**'],
      'electron/core runs under plain Node: no `electron`.',
    ),
  },
  {
    // One clock per run: specs take `test` from ./fixtures, whose page follows the desk's clock.
    files: ['test/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Import `test` from './fixtures': its page runs on the desk's clock, never the wall clock.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      ['**/electron/core/**', '**/electron/main/**', '**/renderer/**', 'zod'],
      'the preload exposes the contract names only.',
    ),
  },
  {
    files: ['server/**/*.ts'],
    rules: restrict(['electron', '**/electron/**', '**/renderer/**'], 'the hub shares only shared/ with the desk.'),
  },
);
