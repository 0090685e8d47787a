/**
 * NN Lab must work offline behind a firewall: no CDN, no fonts from elsewhere, no telemetry.
 * This walks the whole student path — pitch, sign-up, course, exercise with Monaco and its
 * TypeScript worker, Run, quiz, progress — recording every request the browser makes (pages,
 * workers, web sockets), and asserts each one went to 127.0.0.1 or localhost.
 *
 * It also measures the exercise page's JavaScript: what the page needs before Monaco, and what
 * Monaco (main thread + workers) adds. Those figures are reported, not asserted.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Request } from '@playwright/test';
import { CORRECT_SOFTMAX, newStudent, setEditorCode, waitForMonaco } from './helpers';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

test('no request leaves 127.0.0.1 on the whole student path', async ({ page, context }) => {
  const seen: string[] = [];
  const record = (url: string) => seen.push(url);
  context.on('request', (r: Request) => record(r.url()));
  page.on('websocket', (ws) => record(ws.url()));
  page.on('worker', (w) => record(w.url()));

  await page.goto('/');
  await newStudent(page, 'offline');
  await page.goto('/exercises/softmax');
  await waitForMonaco(page);
  // make the TypeScript worker do real work (completions, diagnostics) before we stop recording
  await setEditorCode(page, CORRECT_SOFTMAX + '\nconst probe: Vec = [1];\nprobe.ma');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('region', { name: 'Results' })).toBeVisible();
  await page.goto('/quizzes/pixel-count');
  await expect(page.getByRole('form', { name: 'Quiz' })).toBeVisible();
  await page.goto('/progress');
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();

  const http = seen.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(http.length).toBeGreaterThan(20);
  const foreign = http.filter((u) => !LOCAL_HOSTS.has(new URL(u).hostname));
  expect(foreign).toEqual([]);
  // the Monaco workers really ran, from our origin
  expect(http.some((u) => /ts\.worker/.test(u))).toBeTruthy();
});

test('exercise page JavaScript before and after Monaco (reported)', async ({ page, browser }) => {
  await newStudent(page, 'size');
  // A fresh context with the same session: an empty HTTP cache, so every script is really fetched.
  const ctx = await browser.newContext({ storageState: await page.context().storageState() });
  const fresh = await ctx.newPage();
  const scripts = new Map<string, number>(); // url → raw bytes
  const gz = new Map<string, number>(); // url → gzipped bytes
  const inWorker = new Set<string>(); // scripts a web worker fetched (Chromium reports them as 'other')
  fresh.on('requestfinished', async (r) => {
    if (!/\.js(\?|$)/.test(r.url())) return;
    const body = await (await r.response())?.body().catch(() => null);
    if (!body) return;
    if (r.resourceType() !== 'script') inWorker.add(r.url());
    scripts.set(r.url(), body.length);
    gz.set(r.url(), gzipSync(body).length);
  });
  const html = await (await fresh.request.get('/exercises/softmax')).text();
  // What the server-rendered page itself references is "before Monaco"; everything fetched later is Monaco's.
  const pageScripts = new Set([...html.matchAll(/\/_next\/static\/[^"'\s]+?\.js/g)].map((m) => m[0]));
  await fresh.goto('/exercises/softmax');
  await waitForMonaco(fresh);
  await setEditorCode(fresh, 'const q: Vec = [1];\nq.ma');
  await fresh.keyboard.press('Control+Space');
  await expect(fresh.locator('.suggest-widget')).toBeVisible();
  await fresh.waitForLoadState('networkidle');
  await ctx.close();

  const isPage = (u: string) => pageScripts.has(new URL(u).pathname);
  const total = (m: Map<string, number>, pred: (u: string) => boolean) => [...m.entries()].filter(([u]) => pred(u)).reduce((a, [, v]) => a + v, 0);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const figures = {
    pageJs: `${kb(total(scripts, isPage))} raw, ${kb(total(gz, isPage))} gzipped`,
    monacoJs: `${kb(total(scripts, (u) => !isPage(u)))} raw, ${kb(total(gz, (u) => !isPage(u)))} gzipped`,
    monacoMain: `${kb(total(scripts, (u) => !isPage(u) && !inWorker.has(u)))} raw, ${kb(total(gz, (u) => !isPage(u) && !inWorker.has(u)))} gzipped`,
  };
  test.info().annotations.push({ type: 'exercise page JS before Monaco', description: figures.pageJs });
  test.info().annotations.push({ type: 'JS Monaco adds (main thread + workers)', description: figures.monacoJs });
  test.info().annotations.push({ type: 'of which on the main thread', description: figures.monacoMain });
  console.log(`[size] exercise page JS before Monaco: ${figures.pageJs}; Monaco adds: ${figures.monacoJs} (main thread: ${figures.monacoMain})`);
  expect(pageScripts.size).toBeGreaterThan(0);
  // Monaco is loaded lazily: none of its code is referenced by the page itself.
  expect(total(scripts, (u) => !isPage(u))).toBeGreaterThan(total(scripts, isPage));
});
