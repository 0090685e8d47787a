/**
 * Shared steps for the browser tests. Every test signs up its own fresh student, so tests never
 * depend on each other's data (the e2e server starts on an empty database with the course synced).
 */
import { expect, type Page } from '@playwright/test';

let counter = 0;

export interface Student {
  name: string;
  email: string;
  password: string;
}

export function newStudentData(tag: string): Student {
  const id = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `Ada ${tag} ${id}`, email: `ada.${tag}.${id}@example.test`, password: `pw-${id}-long-enough` };
}

/** Sign up through the form, which also signs in; lands on the course home. */
export async function signUp(page: Page, s: Student): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Name').fill(s.name);
  await page.getByLabel('Email').fill(s.email);
  await page.getByLabel('Password').fill(s.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('heading', { name: 'Fully-connected neural networks' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(s.name);
}

export async function signIn(page: Page, s: Pick<Student, 'email' | 'password'>, opts: { onCurrentPage?: boolean } = {}): Promise<void> {
  if (!opts.onCurrentPage) await page.goto('/signin');
  await page.getByLabel('Email').fill(s.email);
  await page.getByLabel('Password').fill(s.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function newStudent(page: Page, tag: string): Promise<Student> {
  const s = newStudentData(tag);
  await signUp(page, s);
  return s;
}

/** Waits until the local Monaco has replaced the textarea placeholder. */
export async function waitForMonaco(page: Page): Promise<void> {
  await expect(page.locator('[data-editor="monaco"] .monaco-editor')).toBeVisible({ timeout: 60_000 });
}

/**
 * Replaces the editor's content the way a student pasting code does: select all, paste. Pasting
 * keeps the text as is, where typing would let Monaco auto-indent and auto-close brackets.
 */
export async function setEditorCode(page: Page, code: string): Promise<void> {
  await waitForMonaco(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.locator('[data-editor="monaco"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** The student's saved draft, as the server has it (same session cookies as the page). */
export async function savedDraft(page: Page, exerciseId: string): Promise<string | null> {
  const res = await page.request.get(`/api/exercises/${exerciseId}/draft`);
  if (res.status() === 404) return null;
  expect(res.ok()).toBeTruthy();
  return (await res.json()).code;
}

/** A correct softmax, written the way the reference does it: subtract the max, exponentiate, normalise. */
export const CORRECT_SOFTMAX = `export function softmax(z: Vec): Vec {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export function softmaxRows(Z: Mat): Mat {
  return Z.map((row) => softmax(row));
}
`;

/** The textbook formula without the max shift: exp(1000) overflows to Infinity and the result is NaN. */
export const SOFTMAX_WITHOUT_MAX_SHIFT = `export function softmax(z: Vec): Vec {
  const e = z.map((v) => Math.exp(v));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export function softmaxRows(Z: Mat): Mat {
  return Z.map((row) => softmax(row));
}
`;
