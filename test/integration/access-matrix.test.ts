import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { Client, uniqueEmail } from '../support/client';
import { createUser } from '../support/users';
import { CORRECT_SOFTMAX } from '../support/solutions';
import softmaxChecks from '../../exercises/softmax/checks';

/**
 * Who may see what (STYLE.md §11): anonymous, student A, student B and an instructor against every
 * sensitive route. Besides the status, no response body may leak what the caller must not see: another
 * student's code, hidden check names, the reference solution.
 */
type Who = 'anon' | 'A' | 'B' | 'instructor';
let server: TestServer;
const clients = {} as Record<Who, Client>;
let submissionOfA = '';
const SECRET_IN_A_CODE = 'SECRET_MARKER_OF_STUDENT_A';
const SECRET_IN_A_DRAFT = 'DRAFT_MARKER_OF_STUDENT_A';
const hiddenNames = softmaxChecks.checks.filter((c) => c.visibility === 'hidden').map((c) => c.name);
const referenceSource = readFileSync(path.resolve(__dirname, '../../exercises/softmax/reference.ts'), 'utf8');
const referenceMarker = referenceSource.match(/import .*lib\/nn.*/)![0];

beforeAll(async () => {
  server = await startServer({ port: 3212 });
  for (const who of ['anon', 'A', 'B', 'instructor'] as Who[]) clients[who] = new Client(server.url);
  for (const who of ['A', 'B'] as Who[]) {
    const email = uniqueEmail(who);
    await clients[who].signUp(email, 'password-' + who);
    expect(await clients[who].signIn(email, 'password-' + who)).not.toBeNull();
  }
  const staff = uniqueEmail('staff');
  createUser(server.dbUrl, staff, 'instructor-pass', 'instructor');
  expect(await clients.instructor.signIn(staff, 'instructor-pass')).not.toBeNull();

  const sub = await clients.A.post('/api/exercises/softmax/submissions', { code: `// ${SECRET_IN_A_CODE}\n${CORRECT_SOFTMAX}` });
  expect(sub.status).toBe(202);
  submissionOfA = sub.data.id;
  expect((await clients.A.put('/api/exercises/softmax/draft', { code: `// ${SECRET_IN_A_DRAFT}` })).status).toBe(200);
}, 120_000);

afterAll(async () => server?.stop());

const matrix: { route: string; method?: 'GET' | 'POST'; body?: unknown; expect: Record<Who, number>; mustNotLeak?: (who: Who) => string[] }[] = [
  {
    route: 'submission of A',
    expect: { anon: 401, A: 200, B: 404, instructor: 200 },
    mustNotLeak: (who) => (who === 'anon' || who === 'B' ? [SECRET_IN_A_CODE] : []),
  },
  {
    route: '/api/submissions/does-not-exist',
    expect: { anon: 401, A: 404, B: 404, instructor: 404 },
  },
  {
    route: '/api/exercises/softmax/draft',
    expect: { anon: 401, A: 200, B: 404, instructor: 404 },
    mustNotLeak: (who) => (who === 'A' ? [] : [SECRET_IN_A_DRAFT]),
  },
  {
    route: '/api/exercises/softmax/submissions',
    expect: { anon: 401, A: 200, B: 200, instructor: 200 },
    mustNotLeak: (who) => (who === 'A' ? [] : [submissionOfA]),
  },
  {
    route: '/api/exercises/softmax/run',
    method: 'POST',
    body: { code: CORRECT_SOFTMAX },
    expect: { anon: 401, A: 200, B: 200, instructor: 200 },
    mustNotLeak: () => [...hiddenNames, referenceMarker],
  },
  {
    route: '/api/instructor/exercises/softmax',
    expect: { anon: 401, A: 404, B: 404, instructor: 200 },
    mustNotLeak: (who) => (who === 'instructor' ? [] : [referenceMarker, ...hiddenNames]),
  },
  {
    route: '/api/instructor/submissions',
    expect: { anon: 401, A: 404, B: 404, instructor: 200 },
    mustNotLeak: (who) => (who === 'instructor' ? [] : [submissionOfA]),
  },
  {
    route: '/instructor',
    expect: { anon: 307, A: 404, B: 404, instructor: 200 },
    mustNotLeak: (who) => (who === 'instructor' ? [] : [submissionOfA]),
  },
  { route: '/exercises/softmax/reference.ts', expect: { anon: 404, A: 404, B: 404, instructor: 404 }, mustNotLeak: () => [referenceMarker] },
  { route: '/exercises/softmax/checks.ts', expect: { anon: 404, A: 404, B: 404, instructor: 404 }, mustNotLeak: () => hiddenNames },
];

describe.each(matrix)('$route', ({ route, method = 'GET', body, expect: expected, mustNotLeak }) => {
  it.each(['anon', 'A', 'B', 'instructor'] as Who[])('as %s', async (who) => {
    const url = route === 'submission of A' ? `/api/submissions/${submissionOfA}` : route;
    const r = method === 'POST' ? await clients[who].post(url, body) : await clients[who].get(url);
    expect(r.status).toBe(expected[who]);
    for (const secret of mustNotLeak?.(who) ?? []) expect(r.text).not.toContain(secret);
    if (r.status >= 400 && r.headers.get('content-type')?.includes('json')) {
      expect(r.data.error.message).toEqual(expect.any(String));
      expect(r.text).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
    }
  });
});

describe('the exercise page a student sees', () => {
  it('carries the statement and starter but no hidden check and no reference code', async () => {
    const r = await clients.A.get('/exercises/softmax');
    expect(r.status).toBe(200);
    expect(r.text).toContain('Softmax');
    for (const secret of [...hiddenNames, referenceMarker]) expect(r.text).not.toContain(secret);
  });
});
