import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { startServer, type TestServer } from '../support/server';
import { createUser } from '../support/users';
import { CORRECT_SOFTMAX, SOFTMAX_WITHOUT_MAX_SHIFT, newStudentData, setEditorCode, signUp } from './helpers';

/**
 * The instructor's path (issue 5) in the browser, on its own server: create a course and a problem set with
 * a due date and a late policy; a student joins through the invitation link and submits before and after
 * the deadline; the gradebook and its CSV apply the policy; after a check change the instructor regrades
 * and the gradebook updates.
 */
const PORT = 3265;
let app: TestServer;
const staff = { email: `prof-${Date.now()}@example.test`, password: 'prof-password-1' };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startServer({ port: PORT });
  createUser(app.dbUrl, staff.email, staff.password, 'instructor', 'none');
});
test.afterAll(async () => app?.stop());

/** a datetime-local value (seconds included) in UTC, the course's time zone here */
const utcInput = (ms: number) => new Date(ms).toISOString().slice(0, 19);

async function page(browser: Browser): Promise<Page> {
  const ctx = await browser.newContext({ baseURL: app.url });
  return ctx.newPage();
}

test('course, set with a deadline, late submission, gradebook + CSV with the policy, regrade', async ({ browser }) => {
  test.setTimeout(300_000);
  const prof = await page(browser);
  // sign in through next-auth's credentials endpoint (the sign-in form itself is covered by auth.spec.ts)
  const csrf = (await (await prof.request.get('/api/auth/csrf')).json()).csrfToken;
  await prof.request.post('/api/auth/callback/credentials', { form: { csrfToken: csrf, email: staff.email, password: staff.password, json: 'true' } });
  await expect.poll(async () => (await (await prof.request.get('/api/auth/session')).json())?.user?.email ?? null).toBe(staff.email);

  // a course, in UTC
  await prof.goto('/instructor');
  await prof.getByLabel('Course title').fill('Neural networks, winter term');
  await prof.getByLabel('Time zone').fill('UTC');
  await prof.getByRole('button', { name: 'Create course' }).click();
  await expect(prof.getByRole('heading', { name: 'Neural networks, winter term' })).toBeVisible();
  const code = (await prof.getByTestId('join-code').textContent())!.trim();
  const courseUrl = prof.url();

  // a set: softmax for 10 points, due tomorrow, late work for 50% until the day after
  await prof.getByRole('link', { name: 'New problem set' }).click();
  await prof.getByLabel('Title', { exact: true }).fill('Week 3: softmax');
  await prof.getByLabel('Due', { exact: true }).fill(utcInput(Date.now() + 86400_000));
  await prof.getByLabel('Late work accepted until').fill(utcInput(Date.now() + 2 * 86400_000));
  await prof.getByLabel('Late credit (%)').fill('50');
  await prof.getByLabel('exercise to add').selectOption('softmax');
  await prof.getByRole('button', { name: 'Add item' }).click();
  await prof.getByLabel('points for softmax').fill('10');
  await prof.getByRole('button', { name: 'Create set' }).click();
  await expect(prof.getByText('Draft: students do not see it yet.')).toBeVisible();
  await prof.getByRole('button', { name: 'Publish' }).click();
  await expect(prof.getByText('Published: students see it.')).toBeVisible();
  const setUrl = prof.url();

  // a student joins through the invitation link and sees what is due when
  const student = await page(browser);
  const s = newStudentData('joiner');
  await signUp(student, s);
  await student.goto(`/join/${code}`);
  await student.getByRole('button', { name: 'Join course' }).click();
  await student.waitForURL(/\/sets$/);
  const row = student.getByRole('row', { name: /Week 3: softmax/ });
  await expect(row).toContainText('(UTC)');
  await row.getByRole('link', { name: 'Week 3: softmax' }).click();
  await expect(student.getByText(/Late work until .* earns 50% of its score/)).toBeVisible();

  // before the deadline: a wrong softmax
  await student.getByRole('link', { name: 'Softmax that never overflows' }).click();
  await setEditorCode(student, SOFTMAX_WITHOUT_MAX_SHIFT);
  await student.getByRole('button', { name: 'Submit' }).click();
  await expect(student.getByRole('region', { name: 'Results' })).toBeVisible({ timeout: 60_000 });

  // the deadline passes: the instructor moves it to now
  await prof.goto(setUrl);
  // the next full minute (datetime-local is filled reliably at minute precision), then wait for it to pass
  const due = Math.ceil((Date.now() + 1000) / 60_000) * 60_000;
  await prof.getByLabel('Due', { exact: true }).fill(utcInput(due).slice(0, 16));
  await prof.getByRole('button', { name: 'Save set' }).click();
  await expect(prof.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()) + 1500));

  // after the deadline: a correct softmax, late
  await setEditorCode(student, CORRECT_SOFTMAX);
  await student.getByRole('button', { name: 'Submit' }).click();
  await expect(student.getByRole('region', { name: 'Results' })).toContainText('All checks passed', { timeout: 60_000 });
  const subs = (await (await student.request.get('/api/exercises/softmax/submissions')).json()) as { id: string; score: number; maxScore: number; receivedAt: string }[];
  const [late, early] = subs; // newest first
  const expected = Math.round(Math.max((10 * early.score) / early.maxScore, 0.5 * 10) * 1000) / 1000;

  // the gradebook applies the policy: best of (early score, late score × 50%)
  await prof.goto(setUrl.replace(/\/?$/, '/gradebook'));
  const cell = prof.getByTestId(`cell-${s.email}-softmax`);
  await expect(cell.locator('strong')).toHaveText(String(expected));
  await expect(cell).toContainText('2 attempts');
  if (0.5 * 10 > (10 * early.score) / early.maxScore) await expect(cell).toContainText('late ×50%');
  const csv = await (await prof.request.get(setUrl.replace('/instructor/sets/', '/api/instructor/sets/') + '/gradebook/csv')).text();
  const line = csv.split('\r\n').find((l) => l.startsWith(s.email))!;
  expect(line.split(',')[2]).toBe(String(expected));
  if (0.5 * 10 > (10 * early.score) / early.maxScore) expect(line).toContain('late ×50%');

  // a check change: an older version of the checks had judged the late attempt at 0
  const sql = new Database(path.resolve(__dirname, '../..', app.dbUrl.replace(/^file:/, '')));
  sql.prepare(`UPDATE Submission SET exerciseHash = 'an-older-version', score = 0, passed = 0 WHERE id = ?`).run(late.id);
  sql.close();
  await prof.reload();
  const before = Math.round(((10 * early.score) / early.maxScore) * 1000) / 1000;
  await expect(cell.locator('strong')).toHaveText(String(before));

  await prof.goto(courseUrl);
  await expect(prof.getByTestId('stale-softmax')).toHaveText('1');
  await prof.getByRole('button', { name: 'Regrade 1' }).click();
  await expect(prof.getByTestId('regrade-softmax')).toContainText('1/1 regraded · done, 1 score changed', { timeout: 90_000 });
  await expect(prof.getByTestId('stale-softmax')).toHaveText('0');

  await prof.goto(setUrl.replace(/\/?$/, '/gradebook'));
  await expect(cell.locator('strong')).toHaveText(String(expected));
});
