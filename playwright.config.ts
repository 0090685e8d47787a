/**
 * Browser tests: Debian's Chromium (`npx playwright install` cannot download browsers here) against
 * the production build, served by scripts/e2e-server.mjs on 127.0.0.1:3100 with a fresh SQLite
 * database and the course synced. Build first (`npm run build`; `npm test` does it).
 */
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  // One worker: the tests share one server and two CPU cores; grading is the bottleneck anyway.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  // Another port means another run may be going on at the same time: keep artifacts apart.
  outputDir: PORT === 3100 ? 'test-results' : `.nnlab/test-results-${PORT}`,
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${BASE_URL}/api/health`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
