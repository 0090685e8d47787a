import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { Client, uniqueEmail } from '../support/client';
import { CORRECT_SOFTMAX } from '../support/solutions';

/**
 * Grader workers die (kill -9, the OOM killer, a V8 abort): the submission they were grading must still
 * end with exactly one result, and a job that keeps killing its worker ends as a grader error for staff,
 * never as a failed attempt charged to the student.
 */
const PORT = 3271;
let server: TestServer;
let student: Client;

// an infinite loop: the grader spends its whole time limit on it, which leaves time to kill the worker
const SLOW = `export function softmax(z: number[]): number[] { for (;;) {} }
export function softmaxRows(Z: number[][]): number[][] { return Z; }`;
const SLOW_ROWS = `export function softmax(z: number[]): number[] { return z; }
export function softmaxRows(Z: number[][]): number[][] { for (;;) {} }`;

beforeAll(async () => {
  server = await startServer({ port: PORT });
  student = new Client(server.url);
  const email = uniqueEmail('durable');
  await student.signUp(email, 'durability password');
  await student.signIn(email, 'durability password');
  // the workers start with the instance; wait until they answer, so "mid-job" below means a job on a
  // worker (a worker killed while still starting counts as a failed start, which is another story)
  await Promise.all([1, 2, 3].map(() => student.post('/api/exercises/softmax/run', { code: CORRECT_SOFTMAX })));
  await sleep(1000);
}, 120_000);
afterAll(async () => server?.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function statusOf(id: string) {
  return (await student.get(`/api/submissions/${id}`)).data;
}

async function waitUntilRunning(id: string) {
  for (let i = 0; i < 400; i++) {
    const s = await statusOf(id);
    if (s.status === 'running') return;
    expect(s.status).toBe('queued');
    await sleep(25);
  }
  throw new Error('the submission never started');
}

async function waitForFinal(id: string, whileWaiting?: () => void) {
  for (let i = 0; i < 900; i++) {
    whileWaiting?.();
    const s = await statusOf(id);
    if (s.status === 'graded' || s.status === 'failed') return s;
    await sleep(100);
  }
  throw new Error(`submission ${id} has no final result after 90 s`);
}

async function attemptsOn(exerciseId: string): Promise<number> {
  const progress = (await student.get('/api/progress')).data;
  const item = progress.sections.flatMap((s: { items: { id: string; attempts: number }[] }) => s.items).find((i: { id: string }) => i.id === exerciseId);
  return item?.attempts ?? 0;
}

it('kill -9 of the grader worker mid-job: the submission is graded once, on a fresh worker', async () => {
  const sub = await student.post('/api/exercises/softmax/submissions', { code: SLOW });
  expect(sub.status).toBe(202);
  await waitUntilRunning(sub.data.id);
  const victims = server.graderWorkerPids();
  expect(victims.length).toBeGreaterThan(0);
  // the job runs on one of them; killing every worker is sure to hit it
  for (const pid of victims) process.kill(pid, 'SIGKILL');

  const final = await waitForFinal(sub.data.id);
  expect(final.status).toBe('graded');
  expect(final.verdict.status).toBe('timeout'); // the student's own infinite loop, judged on the rerun
  const [row] = await server.sql<{ tries: number }>('SELECT "tries" FROM "Submission" WHERE "id" = ?', [sub.data.id]);
  expect(Number(row.tries)).toBe(1); // recovered inside the pool: one claim, one result
  expect(await attemptsOn('softmax')).toBe(1);
  // the pool replaced the killed workers
  expect(server.graderWorkerPids().some((pid) => !victims.includes(pid))).toBe(true);
}, 120_000);

it('a job whose worker keeps dying ends as a grader error for staff, not as an attempt', async () => {
  const before = await attemptsOn('softmax');
  const sub = await student.post('/api/exercises/softmax/submissions', { code: SLOW_ROWS });
  expect(sub.status).toBe(202);
  await waitUntilRunning(sub.data.id);
  // every worker that appears while the job is in flight dies: the pool reruns once, then gives up
  const final = await waitForFinal(sub.data.id, () => {
    for (const pid of server.graderWorkerPids()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
  // the pool gives up after its rerun, or the queue after MAX_TRIES claims: either way, staff's problem
  expect(final.status).toBe('failed');
  expect(final.verdict.status).toBe('grader_error');
  expect(final.verdict.message).toMatch(/staff/i);
  expect(await attemptsOn('softmax')).toBe(before);
}, 120_000);
