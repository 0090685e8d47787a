import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { Client, uniqueEmail } from '../support/client';
import { CORRECT_SOFTMAX } from '../support/solutions';

/**
 * Rate limits on sign-in, sign-up, Run and Submit answer 429 with Retry-After, and are counted in the
 * database, so a second app instance on the same database enforces the same count. Small limits are set
 * through the environment (NNLAB_RATELIMIT_*), exactly as an operator would.
 */
/**
 * The counters use fixed windows aligned on multiples of the window length (lib/ratelimit/limiter.ts).
 * With 10-minute windows a test that straddled an edge (xx:x0:00) saw its count restart and failed
 * (CI, 2026-11-27): day-long windows, and the file starts only when the current day's window has more
 * than WINDOW_MARGIN_S left, so every test's requests land in one window.
 */
const WINDOW_S = 86_400;
const WINDOW_MARGIN_S = 240;
const LIMITS = {
  NNLAB_RATELIMIT_SIGNIN: `3/${WINDOW_S}`,
  NNLAB_RATELIMIT_SIGNUP: `6/${WINDOW_S}`,
  NNLAB_RATELIMIT_RUN: `3/${WINDOW_S}`,
  NNLAB_RATELIMIT_SUBMIT: `2/${WINDOW_S}`,
};
let a: TestServer;
let b: TestServer | undefined;

beforeAll(async () => {
  const left = WINDOW_S * 1000 - (Date.now() % (WINDOW_S * 1000));
  if (left < WINDOW_MARGIN_S * 1000) await new Promise((r) => setTimeout(r, left + 1000));
  a = await startServer({ port: 3281, env: LIMITS });
}, 120_000 + WINDOW_MARGIN_S * 1000);
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

async function newStudent(url: string) {
  const c = new Client(url);
  const email = uniqueEmail('limits');
  expect((await c.signUp(email, 'limit test password')).status).toBe(201);
  expect(await c.signIn(email, 'limit test password')).toMatchObject({ email });
  return { c, email };
}

function expectLimited(r: { status: number; headers: Headers; data: any }) {
  expect(r.status).toBe(429);
  const retryAfter = Number(r.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_S);
  expect(r.data.error.code).toBe('rate_limited');
  expect(r.data.error.message).toMatch(/try again in/i);
}

async function waitGraded(c: Client, id: string) {
  for (let i = 0; i < 600; i++) {
    const r = await c.get(`/api/submissions/${id}`);
    if (r.data.status === 'graded' || r.data.status === 'failed') return r.data;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('not graded');
}

describe('sign-in', () => {
  it('password guessing on one account is cut off with 429, even for the right password; other accounts are not', async () => {
    const victim = await newStudent(a.url);
    const bystander = await newStudent(a.url);
    const guesser = new Client(a.url);
    const attempt = async (password: string) => {
      const csrf = await guesser.get('/api/auth/csrf');
      const form = new URLSearchParams({ csrfToken: csrf.data.csrfToken, email: victim.email, password, json: 'true' });
      return guesser.request('POST', '/api/auth/callback/credentials', {
        body: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    };
    // the victim's own sign-in in newStudent was the first of three
    for (const guess of ['guess-1', 'guess-2']) expect((await attempt(guess)).status).not.toBe(429);
    const limited = await attempt('limit test password');
    expectLimited(limited);
    expect(guesser.isSignedIn()).toBe(false);
    expect(await new Client(a.url).signIn(bystander.email, 'limit test password')).toMatchObject({ email: bystander.email });
  });
});

describe('Run and Submit, per user', () => {
  it('Submit past the limit is refused with 429 and creates no submission', async () => {
    const { c } = await newStudent(a.url);
    for (let i = 0; i < 2; i++) {
      const sub = await c.post('/api/exercises/softmax/submissions', { code: CORRECT_SOFTMAX });
      expect(sub.status).toBe(202);
      await waitGraded(c, sub.data.id);
    }
    expectLimited(await c.post('/api/exercises/softmax/submissions', { code: CORRECT_SOFTMAX }));
    expect((await c.get('/api/exercises/softmax/submissions')).data).toHaveLength(2);
    // another student is not affected
    const other = await newStudent(a.url);
    expect((await other.c.post('/api/exercises/softmax/submissions', { code: CORRECT_SOFTMAX })).status).toBe(202);
  });

  it('Run past the limit is refused with 429; the count is shared by a second instance on the same database', async () => {
    const { c, email } = await newStudent(a.url);
    for (let i = 0; i < 2; i++) expect((await c.post('/api/exercises/softmax/run', { code: CORRECT_SOFTMAX })).status).toBe(200);

    b = await startServer({ port: 3282, env: LIMITS, dbUrl: a.dbUrl });
    const onB = new Client(b.url);
    expect(await onB.signIn(email, 'limit test password')).toMatchObject({ email });
    expect((await onB.post('/api/exercises/softmax/run', { code: CORRECT_SOFTMAX })).status).toBe(200); // the third
    expectLimited(await onB.post('/api/exercises/softmax/run', { code: CORRECT_SOFTMAX }));
    expectLimited(await c.post('/api/exercises/softmax/run', { code: CORRECT_SOFTMAX }));
  }, 150_000);
});

describe('sign-up', () => {
  it('sign-ups across the site are capped: past the cap, 429 with Retry-After', async () => {
    let last;
    for (let i = 0; i < 7; i++) {
      last = await new Client(a.url).signUp(uniqueEmail('flood'), 'flood password');
      if (last.status === 429) break;
      expect(last.status).toBe(201);
    }
    expectLimited(last!);
  });
});
