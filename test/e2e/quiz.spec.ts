import { expect, test } from '@playwright/test';
import { newStudent } from './helpers';

const QUIZ = 'pixel-count';

test('a quiz answered wrong shows the right answers; answered right it scores full marks; progress shows it', async ({ page }) => {
  await newStudent(page, 'quiz');
  await page.goto(`/quizzes/${QUIZ}`);
  const form = page.getByRole('form', { name: 'Quiz' });
  await expect(form).toBeVisible();
  const questions = form.locator('li.question');
  const n = await questions.count();
  expect(n).toBeGreaterThan(0);

  // A malformed number is refused in the browser before anything is sent.
  const firstNumeric = form.locator('input[inputmode="decimal"]').first();
  await firstNumeric.fill('twelve');
  await form.getByRole('button', { name: 'Submit answers' }).click();
  await expect(form.getByText('Enter a number')).toBeVisible();

  // Wrong: numbers far off, and for choices the first option (wrong for at least one question, or blank).
  const numericInputs = form.locator('input[inputmode="decimal"]');
  for (let i = 0; i < (await numericInputs.count()); i++) await numericInputs.nth(i).fill('-1e9');
  await form.getByRole('button', { name: 'Submit answers' }).click();
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result).toBeVisible();
  await expect(result.locator('li[data-correct="false"]').first()).toBeVisible();
  await expect(result).toContainText('Right answer');
  await expect(result).toContainText('incorrect');

  // Right: the same variant comes back every time, so the revealed answers are this student's answers.
  const answers = await result.locator('li[data-question]').evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('data-question')!, answer: e.getAttribute('data-answer')! })),
  );
  await page.reload();
  for (const a of answers) {
    const radio = page.locator(`input[type="radio"][name="q-${a.id}"][value="${a.answer}"]`);
    if ((await radio.count()) > 0) await radio.check();
    else await page.locator(`#q-${a.id}`).fill(a.answer);
  }
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(result).toBeVisible();
  await expect(result.locator('li[data-correct="true"]')).toHaveCount(n);
  await expect(result).toContainText(`${n} of ${n} correct`);

  // Both responses are listed, and the progress page counts the quiz as passed.
  await expect(page.locator('.past-list > li')).toHaveCount(2);
  await page.goto('/progress');
  const row = page.locator(`tr[data-item="${QUIZ}"]`);
  await expect(row).toContainText('✓ yes');
  await expect(row.locator('td').nth(3)).toHaveText('2');
});
