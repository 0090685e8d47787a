import { expect, test } from '@playwright/test';
import { newStudentData, signIn, signUp } from './helpers';

test('a visitor sees the pitch, signs up and lands on the course with sections 0–11', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Learn backpropagation by writing it' })).toBeVisible();
  const s = newStudentData('signup');
  await page.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
  await signUp(page, s);
  // every section of the course is listed, 0 to 11, with the softmax exercise in section 3
  for (const n of [0, 3, 11]) await expect(page.locator(`#section-${n}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Softmax that never overflows' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Progress' })).toBeVisible();
});

test('signing up twice with one email shows the server’s reason', async ({ page }) => {
  const s = newStudentData('dup');
  await signUp(page, s);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Learn backpropagation by writing it' })).toBeVisible();
  await page.goto('/signup');
  await page.getByLabel('Name').fill('Someone else');
  await page.getByLabel('Email').fill(s.email);
  await page.getByLabel('Password').fill('another-password');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('form', { name: 'Sign up' }).getByRole('alert')).toContainText('already exists');
});

test('sign out, then sign in again with the same password; a wrong password is refused', async ({ page }) => {
  const s = newStudentData('signin');
  await signUp(page, s);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner')).not.toContainText(s.name);

  await signIn(page, { email: s.email, password: 'not-the-password' });
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toContainText('do not match');

  await signIn(page, s);
  await expect(page.getByRole('heading', { name: 'Fully-connected neural networks' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(s.name);
});

test('a signed-out visitor asking for an exercise is sent to sign in, then back to it', async ({ page }) => {
  const s = newStudentData('return');
  await signUp(page, s);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Learn backpropagation by writing it' })).toBeVisible();
  await page.goto('/exercises/softmax');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await signIn(page, s, { onCurrentPage: true });
  await expect(page.getByRole('heading', { name: 'Softmax that never overflows', level: 1 })).toBeVisible();
});
