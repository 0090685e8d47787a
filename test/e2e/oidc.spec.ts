import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { startServer, type TestServer } from '../support/server';

/**
 * OpenID Connect sign-in end to end: a real provider (oidc-provider) and a real NN Lab server configured
 * for it by env, both on 127.0.0.1, driven through the browser like a user would.
 */
const APP_PORT = 3120;
const IDP_PORT = 3121;
let idp: ChildProcess;
let app: TestServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  idp = spawn(process.execPath, [path.join(__dirname, '../support/oidc-provider.mjs'), String(IDP_PORT), `http://127.0.0.1:${APP_PORT}/api/auth/callback/oidc`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    idp.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    idp.once('exit', (code) => reject(new Error(`oidc provider exited (${code})`)));
  });
  app = await startServer({
    port: APP_PORT,
    env: {
      OIDC_ISSUER: `http://127.0.0.1:${IDP_PORT}`,
      OIDC_CLIENT_ID: 'nnlab-test',
      OIDC_CLIENT_SECRET: 'nnlab-test-secret',
      OIDC_NAME: 'Test IdP',
    },
  });
});

test.afterAll(async () => {
  await app?.stop();
  idp?.kill();
});

test('a user signs in through the OpenID Connect provider and lands on the course', async ({ page }) => {
  await page.goto(`${app.url}/signin`);
  await page.getByRole('button', { name: /Test IdP/ }).click();
  // the provider's own login and consent screens
  await page.waitForURL(new RegExp(`127\\.0\\.0\\.1:${IDP_PORT}/interaction/`));
  await page.locator('input[name="login"]').fill('grace');
  await page.locator('input[name="password"]').fill('anything');
  await page.locator('button[type="submit"]').click();
  await page.getByRole('button', { name: /continue/i }).click();
  await page.waitForURL(new RegExp(`127\\.0\\.0\\.1:${APP_PORT}/`));
  const session = await page.request.get(`${app.url}/api/auth/session`);
  expect((await session.json()).user.email).toBe('grace@idp.example.test');
  await page.goto(`${app.url}/`);
  await expect(page.getByText(/Multilayer perceptrons/)).toBeVisible();
});
