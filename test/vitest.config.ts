import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// One vitest run, one project per folder: pure rules, the core on real SQLite files, the hub,
// and the renderer's components in jsdom. Cross-folder suites (desk + hub) live in test/.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', root, include: ['shared/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'core', root, include: ['electron/**/*.test.ts'], environment: 'node', pool: 'forks' } },
      {
        test: {
          name: 'server',
          root,
          include: ['server/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // a real hub on PGlite or PostgreSQL and real desk cores: slower than unit tests
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: { name: 'renderer', root, include: ['renderer/**/*.test.{ts,tsx}'], environment: 'jsdom' },
      },
    ],
  },
});
