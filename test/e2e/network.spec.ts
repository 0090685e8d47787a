/**
 * NN Lab must work offline behind a firewall: no CDN, no fonts from elsewhere, no telemetry.
 * This walks the whole student path — pitch, sign-up, course, exercise with Monaco and its
 * TypeScript worker, Run, quiz, progress — recording every request the browser makes (pages,
 * workers, web sockets), and asserts each one went to 127.0.0.1 or localhost.
 *
 * It also measures the exercise page's JavaScript: what the page needs before Monaco, and what
 * Monaco (main thread + workers) adds. Those figures are reported, not asserted.
 */
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
  await setEditorCode(page, CORRECT_SOFTMAX + '\nconst probe: Vec = [1];\nprobe.');
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

test('exercise page JavaScript before and after Monaco (reported)', async ({ page }) => {
  await newStudent(page, 'size');
  const scripts = new Map<string, { phase: 'page' | 'monaco'; bytes: number; wire: number }>();
  let phase: 'page' | 'monaco' = 'page';
  page.on('requestfinished', async (r) => {
    if (!/\.js(\?|$)/.test(r.url())) return;
    const p = phase;
    const [resp, sizes] = await Promise.all([r.response(), r.sizes().catch(() => null)]);
    const body = await resp?.body().catch(() => null);
    if (!scripts.has(r.url())) scripts.set(r.url(), { phase: p, bytes: body?.length ?? 0, wire: sizes?.responseBodySize ?? 0 });
  });
  const html = await (await page.request.get('/exercises/softmax')).text();
  // What the server-rendered page itself references is "before Monaco"; everything fetched later is Monaco's.
  const pageScripts = new Set([...html.matchAll(/\/_next\/static\/[^"'\s]+?\.js/g)].map((m) => m[0]));
  await page.goto('/exercises/softmax');
  phase = 'monaco';
  await waitForMonaco(page);
  await setEditorCode(page, 'const q: Vec = [1];\nq.');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toBeVisible();
  await page.waitForLoadState('networkidle');

  const sum = (pred: (url: string) => boolean, key: 'bytes' | 'wire') =>
    [...scripts.entries()].filter(([u]) => pred(u)).reduce((a, [, v]) => a + v[key], 0);
  const isPage = (u: string) => pageScripts.has(new URL(u).pathname);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const figures = {
    pageJs: `${kb(sum(isPage, 'bytes'))} (${kb(sum(isPage, 'wire'))} on the wire)`,
    monacoJs: `${kb(sum((u) => !isPage(u), 'bytes'))} (${kb(sum((u) => !isPage(u), 'wire'))} on the wire)`,
  };
  test.info().annotations.push({ type: 'exercise page JS before Monaco', description: figures.pageJs });
  test.info().annotations.push({ type: 'JS Monaco adds (main thread + workers)', description: figures.monacoJs });
  console.log(`[size] exercise page JS before Monaco: ${figures.pageJs}; Monaco adds: ${figures.monacoJs}`);
  expect(pageScripts.size).toBeGreaterThan(0);
});
