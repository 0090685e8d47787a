import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { Client, uniqueEmail } from '../support/client';
import { CORRECT_SOFTMAX, UNSTABLE_SOFTMAX } from '../support/solutions';

let server: TestServer;
let student: Client;

beforeAll(async () => {
  server = await startServer({ port: 3211 });
  student = new Client(server.url);
  const email = uniqueEmail('flow');
  expect((await student.signUp(email, 'correct horse battery')).status).toBe(201);
  expect(await student.signIn(email, 'correct horse battery')).toMatchObject({ email });
}, 120_000);

afterAll(async () => server?.stop());

async function submitAndWait(client: Client, exerciseId: string, code: string) {
  const sub = await client.post(`/api/exercises/${exerciseId}/submissions`, { code });
  expect(sub.status).toBe(202);
  expect(sub.data.status).toBe('queued');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const r = await client.get(`/api/submissions/${sub.data.id}`);
    expect(r.status).toBe(200);
    if (r.data.status === 'graded' || r.data.status === 'failed') return r.data;
    if (Date.now() > deadline) throw new Error(`submission ${sub.data.id} still ${r.data.status} after 30 s`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

describe('a student solving the softmax exercise', () => {
  it('Run shows only the public checks and is not an attempt', async () => {
    const r = await student.post('/api/exercises/softmax/run', { code: CORRECT_SOFTMAX });
    expect(r.status).toBe(200);
    expect(r.data.mode).toBe('run');
    expect(r.data.checks.length).toBeGreaterThan(0);
    expect(r.data.checks.every((c: { visibility: string }) => c.visibility === 'public')).toBe(true);
    expect(r.data.passed).toBe(true);
    const history = await student.get('/api/exercises/softmax/submissions');
    expect(history.data).toEqual([]);
  });

  it('a correct submission passes every check, public and hidden, and shows on the progress page', async () => {
    const result = await submitAndWait(student, 'softmax', CORRECT_SOFTMAX);
    expect(result.status).toBe('graded');
    expect(result.verdict.passed).toBe(true);
    expect(result.verdict.checks.some((c: { visibility: string }) => c.visibility === 'hidden')).toBe(true);
    expect(result.verdict.checks.every((c: { passed: boolean }) => c.passed)).toBe(true);
    expect(result.score).toBe(result.maxScore);

    const progress = await student.get('/api/progress');
    const item = progress.data.sections[3].items.find((i: { id: string }) => i.id === 'softmax');
    expect(item).toMatchObject({ attempts: 1, passed: true, bestScore: result.maxScore });
  });

  it('a wrong submission says which check failed, why, and names the misconception', async () => {
    const result = await submitAndWait(student, 'softmax', UNSTABLE_SOFTMAX);
    expect(result.verdict.passed).toBe(false);
    const failed = result.verdict.checks.filter((c: { passed: boolean }) => !c.passed);
    expect(failed.map((c: { name: string }) => c.name)).toContain('large scores [1000, 1001, 1002] give the same probabilities, no NaN');
    expect(failed[0].message.length).toBeGreaterThan(0);
    expect(result.verdict.misconception?.label).toMatch(/subtracting the max/i);

    // the best score stays the earlier full score; both attempts are counted
    const progress = await student.get('/api/progress');
    const item = progress.data.sections[3].items.find((i: { id: string }) => i.id === 'softmax');
    expect(item).toMatchObject({ attempts: 2, passed: true });
    const history = await student.get('/api/exercises/softmax/submissions');
    expect(history.data).toHaveLength(2);
  });

  it('a second submit while the first is still queued is refused, not graded twice', async () => {
    const [a, b] = await Promise.all([
      student.post('/api/exercises/softmax/submissions', { code: CORRECT_SOFTMAX }),
      student.post('/api/exercises/softmax/submissions', { code: CORRECT_SOFTMAX }),
    ]);
    const statuses = [a.status, b.status].sort();
    // SQLite serialises the two requests; whichever comes second sees the first one pending
    expect(statuses).toEqual([202, 409]);
    const refused = a.status === 409 ? a : b;
    expect(refused.data.error.message).toMatch(/still being graded/);
  });

  it('drafts are saved per user and come back', async () => {
    const code = '// my draft\nexport function softmax(z: number[]) { return z; }\n';
    const put = await student.put('/api/exercises/softmax/draft', { code });
    expect(put.status).toBe(200);
    const got = await student.get('/api/exercises/softmax/draft');
    expect(got.data.code).toBe(code);
  });
});

describe('waiting for a result (what the browser does after Submit)', () => {
  // a student of its own: the tests above may leave a submission of theirs still queued
  let waiter: Client;
  beforeAll(async () => {
    waiter = new Client(server.url);
    const email = uniqueEmail('wait');
    expect((await waiter.signUp(email, 'correct horse battery')).status).toBe(201);
    expect(await waiter.signIn(email, 'correct horse battery')).toMatchObject({ email });
  });

  it('?wait holds the request until the result is written, then answers at once', async () => {
    const sub = await waiter.post('/api/exercises/softmax/submissions', { code: CORRECT_SOFTMAX.replace('return e.map', 'console.log("slow down"); return e.map') });
    expect(sub.status).toBe(202);
    const t0 = Date.now();
    const r = await waiter.get(`/api/submissions/${sub.data.id}?wait=20`);
    expect(r.status).toBe(200);
    expect(r.data.status).toBe('graded');
    expect(r.data.verdict.passed).toBe(true);
    // answered when grading finished, far before the 20 s it was allowed to wait
    expect(Date.now() - t0).toBeLessThan(15_000);
  });

  it('a finished submission is answered immediately, and a bad wait is a clear 400', async () => {
    const done = await submitAndWait(waiter, 'softmax', CORRECT_SOFTMAX);
    const t0 = Date.now();
    expect((await waiter.get(`/api/submissions/${done.id}?wait=20`)).data.status).toBe('graded');
    expect(Date.now() - t0).toBeLessThan(5_000);
    for (const bad of ['abc', '-1', '26', '1.5']) {
      const r = await waiter.get(`/api/submissions/${done.id}?wait=${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.data.error.message).toMatch(/wait must be a whole number of seconds from 0 to 25/);
    }
  });
});
