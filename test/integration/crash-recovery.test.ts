import { afterAll, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { Client, uniqueEmail } from '../support/client';

/**
 * Nothing is lost: the server (and its grader workers) is killed with SIGKILL while a submission is being
 * graded; after a restart on the same database the submission is graded, exactly once.
 */
const PORT = 3214;
let server: TestServer | undefined;
afterAll(async () => server?.stop());

// slow on purpose: the grader spends its whole time limit on it, which leaves time to pull the plug
const SLOW = `export function softmax(z: number[]): number[] { for (;;) {} }
export function softmaxRows(Z: number[][]): number[][] { return Z; }`;

it('a submission in flight when the server dies is graded once after restart', async () => {
  server = await startServer({ port: PORT });
  const student = new Client(server.url);
  const email = uniqueEmail('crash');
  await student.signUp(email, 'crash test password');
  await student.signIn(email, 'crash test password');
  const sub = await student.post('/api/exercises/softmax/submissions', { code: SLOW });
  expect(sub.status).toBe(202);

  for (let i = 0; ; i++) {
    const r = await student.get(`/api/submissions/${sub.data.id}`);
    if (r.data.status === 'running') break;
    expect(r.data.status).toBe('queued');
    expect(i).toBeLessThan(200);
    await new Promise((res) => setTimeout(res, 25));
  }
  await server.crash();

  server = await startServer({ port: PORT, keepDb: true });
  const after = new Client(server.url);
  await after.signIn(email, 'crash test password');
  let final: any;
  for (let i = 0; ; i++) {
    final = (await after.get(`/api/submissions/${sub.data.id}`)).data;
    if (final.status === 'graded' || final.status === 'failed') break;
    expect(i).toBeLessThan(600);
    await new Promise((res) => setTimeout(res, 100));
  }
  expect(final.status).toBe('graded');
  expect(final.verdict.passed).toBe(false);
  expect(final.verdict.status).toBe('timeout');

  const [row] = await server.sql<{ tries: number; status: string }>('SELECT "tries", "status" FROM "Submission" WHERE "id" = ?', [sub.data.id]);
  const [progress] = await server.sql<{ attempts: number }>('SELECT "attempts" FROM "Progress" WHERE "exerciseId" = ?', ['softmax']);
  expect(row.tries).toBe(2); // claimed once before the crash, once after
  expect(progress.attempts).toBe(1); // but recorded once
}, 180_000);
