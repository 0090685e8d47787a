import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.dirname(new URL(import.meta.url).pathname) } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // grader tests spawn worker processes; database tests share one SQLite file per file
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
