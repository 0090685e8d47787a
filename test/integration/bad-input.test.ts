import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { Client, uniqueEmail } from '../support/client';

/** Bad input always gets a clear 4xx with a message: never a 500, never a stack trace. */
let server: TestServer;
let student: Client;

beforeAll(async () => {
  server = await startServer({ port: 3213 });
  student = new Client(server.url);
  const email = uniqueEmail('bad');
  await student.signUp(email, 'long enough password');
  expect(await student.signIn(email, 'long enough password')).not.toBeNull();
}, 120_000);

afterAll(async () => server?.stop());

function expectClearError(r: { status: number; data: any; text: string }, status: number, message: RegExp) {
  expect(r.status).toBe(status);
  expect(r.data?.error?.message).toMatch(message);
  expect(r.text).not.toMatch(/\n\s+at /);
}

describe('bad input', () => {
  it('code over 100 kB is refused with its size named', async () => {
    const code = `// ${'x'.repeat(100_001)}`;
    expectClearError(await student.post('/api/exercises/softmax/submissions', { code }), 400, /larger than 100 kB/);
    expectClearError(await student.post('/api/exercises/softmax/run', { code }), 400, /larger than 100 kB/);
    expectClearError(await student.put('/api/exercises/softmax/draft', { code }), 400, /larger than 100 kB/);
  });

  it('a body over the request limit is refused before it is parsed', async () => {
    const r = await student.request('POST', '/api/exercises/softmax/submissions', { body: JSON.stringify({ code: 'x'.repeat(300_000) }), headers: { 'content-type': 'application/json' } });
    expectClearError(r, 413, /larger than 256 KiB/);
  });

  it('malformed JSON, wrong content type and missing fields', async () => {
    expectClearError(
      await student.request('POST', '/api/exercises/softmax/submissions', { body: '{"code": ', headers: { 'content-type': 'application/json' } }),
      400,
      /Malformed JSON/,
    );
    expectClearError(
      await student.request('POST', '/api/exercises/softmax/submissions', { body: 'code=1', headers: { 'content-type': 'text/plain' } }),
      415,
      /JSON/,
    );
    expectClearError(await student.post('/api/exercises/softmax/submissions', {}), 400, /code/);
    expectClearError(await student.post('/api/exercises/softmax/submissions', { code: 42 }), 400, /code/);
    expectClearError(await student.post('/api/exercises/softmax/submissions', [1, 2]), 400, /Invalid request body/);
  });

  it('unknown or malformed exercise and quiz ids answer 404', async () => {
    expectClearError(await student.post('/api/exercises/no-such-exercise/submissions', { code: 'x' }), 404, /No such exercise/);
    expectClearError(await student.post('/api/exercises/no-such-exercise/run', { code: 'x' }), 404, /No such exercise/);
    expectClearError(await student.get('/api/exercises/..%2F..%2Fetc/draft'), 404, /./);
    expectClearError(await student.get('/api/quizzes/no-such-quiz'), 404, /No such quiz/);
    expectClearError(await student.post('/api/quizzes/no-such-quiz/responses', { answers: {} }), 404, /No such quiz/);
  });

  it('malformed quiz answers are refused', async () => {
    expectClearError(await student.post('/api/quizzes/anything/responses', { answers: 'all of them' }), 400, /answers/);
  });

  it('sign-up validates its fields and refuses a taken email', async () => {
    const anon = new Client(server.url);
    expectClearError(await anon.post('/api/signup', { email: 'not-an-email', password: 'long enough', name: 'X' }), 400, /email/);
    expectClearError(await anon.post('/api/signup', { email: uniqueEmail('short'), password: 'short', name: 'X' }), 400, /at least 8/);
    const email = uniqueEmail('dup');
    expect((await anon.post('/api/signup', { email, password: 'long enough', name: 'X' })).status).toBe(201);
    expectClearError(await anon.post('/api/signup', { email: email.toUpperCase(), password: 'long enough', name: 'X' }), 409, /already exists/);
  });

  it('a wrong password does not sign in', async () => {
    const anon = new Client(server.url);
    const email = uniqueEmail('pw');
    await anon.post('/api/signup', { email, password: 'the right one', name: 'X' });
    expect(await anon.signIn(email, 'the wrong one')).toBeNull();
    expect(await anon.signIn(email, 'the right one')).toMatchObject({ email });
  });
});
