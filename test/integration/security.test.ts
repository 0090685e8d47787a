import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, expect as pwExpect, type Browser } from '@playwright/test';
import { startServer, type TestServer } from '../support/server';
import { Client, uniqueEmail } from '../support/client';

/**
 * Security headers on every answer, and a Content-Security-Policy the real pages work under: in Chromium,
 * against the production build, the exercise page typesets its math (KaTeX), starts Monaco and its
 * TypeScript worker (a type error gets underlined), and the browser reports no CSP violation.
 */
const PORT = 3291;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ port: PORT });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('headers', () => {
  it.each(['/', '/signin', '/api/health', '/api/exercises/softmax/submissions'])('%s carries the CSP and the other security headers', async (path) => {
    const res = await fetch(server.url + path, { redirect: 'manual' });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval'); // production build
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('scripts run only with a fresh per-request nonce, which the page\'s own scripts carry', async () => {
    const nonceOf = (csp: string) => /script-src[^;]*'nonce-([^']+)'/.exec(csp)?.[1];
    const [a, b] = await Promise.all([fetch(server.url + '/signin'), fetch(server.url + '/signin')]);
    const cspA = a.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src[^;]*/.exec(cspA)?.[0] ?? '';
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    const nonce = nonceOf(cspA);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    expect(nonceOf(b.headers.get('content-security-policy') ?? '')).not.toBe(nonce);
    const html = await a.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });
});

describe('the exercise page under the CSP, in Chromium', () => {
  it('KaTeX and Monaco (with its TypeScript worker) work and nothing is blocked', async () => {
    const email = uniqueEmail('csp');
    expect((await new Client(server.url).signUp(email, 'csp test password')).status).toBe(201);

    const page = await browser.newPage({ baseURL: server.url });
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const consoleViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleViolations.push(m.text());
    });
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));

    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('csp test password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await pwExpect(page.getByRole('banner')).toContainText('Sign out', { timeout: 30_000 });

    await page.goto('/exercises/softmax');
    await pwExpect(page.locator('.statement .katex').first()).toBeVisible({ timeout: 30_000 });
    const editor = page.locator('[data-editor="monaco"] .monaco-editor');
    await pwExpect(editor).toBeVisible({ timeout: 60_000 });
    await page.locator('[data-editor="monaco"] .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText("const wrong: number = 'not a number';\n");
    // only the TypeScript worker can put this marker there
    await pwExpect(page.locator('[data-editor="monaco"] .squiggly-error').first()).toBeVisible({ timeout: 60_000 });

    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((u) => u.startsWith(server.url) || u.startsWith('blob:'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(consoleViolations).toEqual([]);
    await page.close();
  }, 150_000);
});
