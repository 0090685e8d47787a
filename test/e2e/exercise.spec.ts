import { expect, test } from '@playwright/test';
import { CORRECT_SOFTMAX, SOFTMAX_WITHOUT_MAX_SHIFT, newStudent, savedDraft, setEditorCode, waitForMonaco } from './helpers';

const results = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Results' });

test('the statement is typeset and the editor offers IntelliSense for the exercise’s types', async ({ page }) => {
  await newStudent(page, 'editor');
  await page.goto('/exercises/softmax');
  await expect(page.getByRole('heading', { name: 'Softmax that never overflows', level: 1 })).toBeVisible();
  // server-rendered KaTeX, no raw dollars
  await expect(page.locator('.statement .katex-display').first()).toBeVisible();
  await expect(page.locator('.statement')).not.toContainText('$$');

  await waitForMonaco(page);
  await setEditorCode(page, 'function f(z: Vec) {\n  return z.ma');
  // `Vec` comes from the exercise's types.d.ts: if it were unknown, z would have no array members.
  const suggest = page.locator('.suggest-widget');
  await page.keyboard.press('Control+Space');
  await expect(suggest).toBeVisible();
  await expect(suggest.getByRole('option', { name: /^map\b/ })).toBeVisible();
});

test('Run shows the public checks and is not an attempt', async ({ page }) => {
  await newStudent(page, 'run');
  await page.goto('/exercises/softmax');
  // the starter throws "not implemented": every public check fails and says so
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page)).toBeVisible();
  const checks = results(page).locator('li.check');
  const publicNames = await page.locator('.public-checks li').count();
  await expect(checks).toHaveCount(publicNames);
  await expect(results(page).locator('li.check[data-check-passed="true"]')).toHaveCount(0);
  await expect(results(page)).toContainText('not implemented: softmax');
  await expect(results(page)).toContainText('Run checks the public checks only');

  await setEditorCode(page, CORRECT_SOFTMAX);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page)).toContainText('All checks passed');
  await expect(results(page).locator('li.check[data-check-passed="false"]')).toHaveCount(0);
  await expect(results(page).locator('li.check')).toHaveCount(publicNames);
  await expect(page.getByText('No submissions yet')).toBeVisible();
});

test('a student submits a wrong softmax, sees why, then a correct one; history and progress follow', async ({ page }) => {
  await newStudent(page, 'submit');
  await page.goto('/exercises/softmax');

  // Wrong: no max shift → NaN for large scores, and the grader names the misconception.
  await setEditorCode(page, SOFTMAX_WITHOUT_MAX_SHIFT);
  // grading can finish in tens of milliseconds: hold the first answer to "is it graded?" for a moment so
  // the "Grading…" state is there to be seen (the request itself is untouched)
  let held = false;
  await page.route('**/api/submissions/*', async (route) => {
    if (!held) {
      held = true;
      await new Promise((r) => setTimeout(r, 1500));
    }
    await route.continue();
  });
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('status')).toContainText('Grading…');
  await expect(results(page)).toBeVisible({ timeout: 60_000 });
  await page.unroute('**/api/submissions/*');
  const failing = results(page).locator('li.check[data-check-passed="false"]');
  await expect(failing.filter({ hasText: 'large scores [1000, 1001, 1002]' })).toBeVisible();
  await expect(failing.first().locator('dt', { hasText: 'Expected' })).toBeVisible();
  await expect(failing.first().locator('dt', { hasText: 'Got' })).toBeVisible();
  await expect(failing.filter({ hasText: 'large scores' }).getByText('Hint:')).toBeVisible();
  await expect(results(page).getByRole('note')).toContainText('This looks like: Softmax without subtracting the max');
  // hidden checks ran too: more checks than the public ones
  const publicCount = await page.locator('.public-checks li').count();
  expect(await results(page).locator('li.check').count()).toBeGreaterThan(publicCount);

  // Correct: every check passes.
  await setEditorCode(page, CORRECT_SOFTMAX);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(results(page)).toContainText('All checks passed', { timeout: 60_000 });
  const all = await results(page).locator('li.check').count();
  expect(all).toBeGreaterThan(publicCount);
  await expect(results(page).locator('li.check[data-check-passed="true"]')).toHaveCount(all);
  const score = (await results(page).getByLabel('Score').textContent()) ?? '';
  const [got, max] = score.replace('Score', '').split('/').map((x) => Number(x.trim()));
  expect(got).toBe(max);

  // History: two attempts, newest passed; the older one can be reopened with its verdict and code.
  const history = page.getByRole('region', { name: 'Your attempts' });
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').first()).toContainText('passed');
  await history.getByRole('button', { name: 'View attempt 1' }).click();
  await expect(page.getByRole('region', { name: /^Attempt 1/ }).getByRole('note')).toContainText('Softmax without subtracting the max');
  await page.getByText('Code of this attempt').click();
  await expect(page.locator('.attempt-code pre')).toContainText('Math.exp(v)');

  // Progress page: best score = max, 2 attempts, passed.
  await page.getByRole('banner').getByRole('link', { name: 'Progress' }).click();
  const row = page.locator('tr[data-item="softmax"]');
  await expect(row).toContainText('✓ yes');
  await expect(row.locator('td').nth(1)).toHaveText(String(max));
  await expect(row.locator('td').nth(2)).toHaveText(String(max));
  await expect(row.locator('td').nth(3)).toHaveText('2');
});

test('a compile error is reported with its line and column', async ({ page }) => {
  await newStudent(page, 'compile');
  await page.goto('/exercises/softmax');
  await setEditorCode(page, 'export function softmax(z: Vec): Vec {\n  return z.map((v) => v +);\n}\n');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(results(page)).toContainText('does not compile');
  await expect(results(page)).toContainText(/Line 2, column \d+/);
});

test('the draft is saved automatically and survives a reload', async ({ page }) => {
  await newStudent(page, 'draft');
  await page.goto('/exercises/softmax');
  const marker = `draftMarker${Date.now()}`;
  const code = `// ${marker}\n${CORRECT_SOFTMAX}`;
  await setEditorCode(page, code);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  expect(await savedDraft(page, 'softmax')).toBe(code);

  await page.reload();
  await waitForMonaco(page);
  await expect(page.locator('[data-editor="monaco"] .view-lines')).toContainText(marker);

  // Reset to starter asks first, then replaces the code (and the draft follows).
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset to starter' }).click();
  await expect(page.locator('[data-editor="monaco"] .view-lines')).not.toContainText(marker);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  expect(await savedDraft(page, 'softmax')).toContain('not implemented: softmax');
});
