/**
 * The instructor's path through the API, on a real server: a course with a join code, a problem set with a
 * due date and a late policy, a student submitting before and after the deadline, the gradebook and CSV
 * applying the policy, a regrade after a check change, the preview through the real grader, and the access
 * matrix (students never reach staff routes; an instructor never sees another instructor's course).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { Client, uniqueEmail } from '../support/client';
import { createUser } from '../support/users';
import { CORRECT_SOFTMAX, UNSTABLE_SOFTMAX } from '../support/solutions';

let server: TestServer;
const anon = () => new Client(server.url);
let profA: Client, profB: Client, member: Client, outsider: Client;
let memberEmail = '';
let courseId = '';
let setId = '';
const POINTS = 10;

async function signedIn(role: 'student' | 'instructor', tag: string) {
  const c = new Client(server.url);
  const email = uniqueEmail(tag);
  if (role === 'student') await c.signUp(email, 'password-' + tag, `Student ${tag}`);
  else {
    // instructors of their own courses only, not of the default course every student is in
    createUser(server.dbUrl, email, 'password-' + tag, role, 'none');
    // createUser blocks this process for seconds: let the client notice keep-alive sockets the server closed meanwhile
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await c.signIn(email, 'password-' + tag)).not.toBeNull();
  return { c, email };
}

async function graded(c: Client, id: string) {
  for (let i = 0; i < 240; i++) {
    const r = await c.get(`/api/submissions/${id}`);
    if (r.data?.status === 'graded' || r.data?.status === 'failed') return r.data;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error(`submission ${id} was not graded in time`);
}

const setBody = (over: Record<string, unknown> = {}) => ({
  title: 'Week 3: softmax',
  dueAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
  items: [{ exerciseId: 'softmax', points: POINTS }],
  ...over,
});

beforeAll(async () => {
  server = await startServer({ port: 3261 });
  profA = (await signedIn('instructor', 'profA')).c;
  profB = (await signedIn('instructor', 'profB')).c;
  const m = await signedIn('student', 'member');
  member = m.c;
  memberEmail = m.email;
  outsider = (await signedIn('student', 'outsider')).c;
}, 180_000);

afterAll(async () => server?.stop());

describe('courses and join codes', () => {
  it('an instructor creates a course; a student joins with its code and sees only their courses', async () => {
    const created = await profA.post('/api/courses', { title: 'Deep Learning 101', timeZone: 'Europe/Berlin' });
    expect(created.status).toBe(201);
    courseId = created.data.id;
    expect(created.data.joinCode).toMatch(/^[A-Z0-9]{8}$/);

    expect((await member.post('/api/courses/join', { code: 'WRONGCODE' })).status).toBe(404);
    const joined = await member.post('/api/courses/join', { code: created.data.joinCode.toLowerCase() });
    expect(joined.status).toBe(200);
    const mine = (await member.get('/api/courses')).data.map((c: { id: string }) => c.id);
    expect(mine).toContain(courseId);
    const theirs = (await outsider.get('/api/courses')).data.map((c: { id: string }) => c.id);
    expect(theirs).not.toContain(courseId);
    // a student never sees the join code of a course they are in
    expect(JSON.stringify((await member.get('/api/courses')).data)).not.toContain(created.data.joinCode);
  });

  it('a new join code makes the old one useless', async () => {
    const old = (await profA.get(`/api/courses/${courseId}`)).data.course.joinCode;
    const rotated = await profA.post(`/api/courses/${courseId}/join-code`, { open: true });
    expect(rotated.data.joinCode).not.toBe(old);
    expect((await outsider.post('/api/courses/join', { code: old })).status).toBe(404);
  });
});

describe('problem sets', () => {
  it('refuses inconsistent dates and unknown exercises with a readable message', async () => {
    const bad = await profA.post(`/api/courses/${courseId}/sets`, setBody({ openAt: '2030-01-02T00:00:00Z', dueAt: '2030-01-01T00:00:00Z' }));
    expect(bad.status).toBe(400);
    expect(bad.data.error.message).toMatch(/due date must be after the open date/);
    const unknown = await profA.post(`/api/courses/${courseId}/sets`, setBody({ items: [{ exerciseId: 'no-such-thing', points: 1 }] }));
    expect(unknown.status).toBe(400);
  });

  it('a draft is invisible to students; published, members see it and outsiders do not', async () => {
    const r = await profA.post(`/api/courses/${courseId}/sets`, setBody());
    expect(r.status).toBe(201);
    setId = r.data.id;
    expect((await member.get(`/api/sets/${setId}`)).status).toBe(404);
    expect((await profA.post(`/api/instructor/sets/${setId}/publish`, { published: true })).data.published).toBe(true);
    const seen = await member.get(`/api/sets/${setId}`);
    expect(seen.status).toBe(200);
    expect(seen.data.items.map((i: { exerciseId: string }) => i.exerciseId)).toEqual(['softmax']);
    expect((await member.get('/api/sets')).data.map((s: { id: string }) => s.id)).toContain(setId);
    expect((await outsider.get(`/api/sets/${setId}`)).status).toBe(404);
  });
});

let early: { id: string; score: number; maxScore: number };
let late: { id: string; score: number; maxScore: number };

describe('deadline, late policy, gradebook and CSV', () => {

  it('judges each submission on its received-at time', async () => {
    const s1 = await member.post('/api/exercises/softmax/submissions', { code: UNSTABLE_SOFTMAX });
    expect(s1.status).toBe(202);
    early = await graded(member, s1.data.id);
    expect(early.score).toBeLessThan(early.maxScore);
    // the deadline passes (set to now, after the first submission was received); late work earns 50%
    const now = Date.now();
    const moved = await profA.put(`/api/instructor/sets/${setId}`, setBody({ dueAt: new Date(now).toISOString(), lateUntil: new Date(now + 86400_000).toISOString(), latePercent: 50 }));
    expect(moved.status).toBe(200);
    const s2 = await member.post('/api/exercises/softmax/submissions', { code: CORRECT_SOFTMAX });
    late = await graded(member, s2.data.id);
    expect(late.score).toBe(late.maxScore);
  }, 120_000);

  it('the gradebook applies the late policy and keeps the best credit', async () => {
    const g = await profA.get(`/api/instructor/sets/${setId}/gradebook`);
    expect(g.status).toBe(200);
    const row = g.data.rows.find((r: { student: { email: string } }) => r.student.email === memberEmail);
    const cell = row.cells[0];
    const earlyCredit = (POINTS * early.score) / early.maxScore;
    const lateCredit = 0.5 * POINTS;
    expect(cell.attempts).toBe(2);
    expect(cell.credit).toBeCloseTo(Math.max(earlyCredit, lateCredit), 3);
    expect(cell.raw).toBeCloseTo(POINTS, 3);
    if (lateCredit > earlyCredit) expect(cell.notes).toContain('late ×50%');
    // the outsider is not on this course's roster
    expect(g.data.rows).toHaveLength(1);

    const detail = await profA.get(`/api/instructor/sets/${setId}/students/${row.student.id}`);
    const attempts = detail.data.items[0].attempts;
    expect(attempts.map((a: { code: string }) => a.code)).toEqual([UNSTABLE_SOFTMAX, CORRECT_SOFTMAX]);
    expect(attempts[1].notes).toContain('late ×50%');
    expect(attempts[0].verdict.checks.some((c: { passed: boolean }) => !c.passed)).toBe(true);
  });

  it('the CSV opens cleanly in a spreadsheet and shows the same policy', async () => {
    const r = await profA.get(`/api/instructor/sets/${setId}/gradebook/csv`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="gradebook-week-3-softmax.csv"/);
    // raw bytes: a UTF-8 BOM first (fetch's text() would strip it), so Excel reads accents correctly
    const cookie = [...((profA as unknown as { cookies: Map<string, string> }).cookies)].map(([k, v]) => `${k}=${v}`).join('; ');
    const raw = Buffer.from(await (await fetch(`${server.url}/api/instructor/sets/${setId}/gradebook/csv`, { headers: { cookie } })).arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = r.text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(r.text.replace(/^\uFEFF/, '').split('\n').every((l) => l === '' || l.endsWith('\r'))).toBe(true);
    expect(lines[0]).toBe('Email,Name,softmax (10 pts),softmax attempts,softmax policy,Total,Max');
    const cells = lines[1].split(',');
    expect(cells[0]).toBe(memberEmail);
    const g = await profA.get(`/api/instructor/sets/${setId}/gradebook`);
    expect(Number(cells[2])).toBeCloseTo(g.data.rows[0].cells[0].credit, 3);
    expect(cells[3]).toBe('2');
    expect(lines[1]).toContain(g.data.rows[0].cells[0].notes.join('; '));
  });

  it('item statistics name the failing check and the misconception of the wrong attempt', async () => {
    const s = await profA.get(`/api/instructor/sets/${setId}/stats`);
    expect(s.data[0].passed).toBe(1);
    expect(s.data[0].meanAttemptsToPass).toBe(2);
    const d = (await profA.get(`/api/submissions/${early.id}`)).data;
    if (d.verdict.misconception) expect(s.data[0].topMisconception.label).toBe(d.verdict.misconception.label);
    expect(d.verdict.checks.filter((c: { passed: boolean }) => !c.passed).map((c: { name: string }) => c.name)).toContain(s.data[0].topFailingCheck.name);
  });
});

describe('regrade after a check change', () => {
  it('finds submissions judged by an older version, regrades them and the gradebook updates', async () => {
    // simulate an old version of the checks that judged the late attempt wrongly (score 0)
    // (server.sql: the same statement on SQLite and PostgreSQL)
    await server.sql(`UPDATE "Submission" SET "exerciseHash" = 'an-older-version', "score" = 0, "passed" = false WHERE "id" = ?`, [late.id]);
    const before = (await profA.get(`/api/instructor/sets/${setId}/gradebook`)).data.rows[0].cells[0].credit;
    expect(before).toBeCloseTo((POINTS * early.score) / early.maxScore, 3);

    const stale = await profA.get(`/api/instructor/courses/${courseId}/regrades`);
    expect(stale.data.find((x: { exerciseId: string }) => x.exerciseId === 'softmax').stale).toBe(1);
    const run = await profA.post(`/api/instructor/courses/${courseId}/regrades`, { exerciseId: 'softmax' });
    expect(run.status).toBe(202);
    expect(run.data.total).toBe(1);
    let p = run.data;
    for (let i = 0; i < 240 && !p.finished; i++) {
      await new Promise((res) => setTimeout(res, 250));
      p = (await profA.get(`/api/instructor/regrades/${run.data.id}`)).data;
    }
    expect(p).toMatchObject({ finished: true, done: 1, changed: 1 });
    const after = (await profA.get(`/api/instructor/sets/${setId}/gradebook`)).data.rows[0].cells[0];
    expect(after.credit).toBeCloseTo(Math.max((POINTS * early.score) / early.maxScore, 0.5 * POINTS), 3);
    expect((await profA.get(`/api/instructor/courses/${courseId}/regrades`)).data[0].stale).toBe(0);
    // the change is recorded, and a regrade is not a new attempt
    const detail = await profA.get(`/api/instructor/sets/${setId}/students/${(await profA.get(`/api/instructor/sets/${setId}/gradebook`)).data.rows[0].student.id}`);
    expect(detail.data.items[0].attempts[1].regrades).toEqual([expect.objectContaining({ oldScore: 0, newScore: late.maxScore })]);
    expect(detail.data.items[0].grade.attempts).toBe(2);
  }, 120_000);
});

describe('instructor preview through the real grader', () => {
  it('the reference passes and every mutant fails', async () => {
    const r = await profA.post('/api/instructor/exercises/softmax/preview', {});
    expect(r.status).toBe(200);
    const [ref, ...mutants] = r.data.runs;
    expect(ref).toMatchObject({ role: 'reference', asExpected: true });
    expect(ref.verdict.passed).toBe(true);
    expect(mutants.length).toBeGreaterThan(0);
    for (const m of mutants) expect(m.verdict.passed).toBe(false);
  }, 120_000);
});

describe('access matrix', () => {
  const staffRoutes = () => [
    ['GET', `/api/courses/${courseId}`],
    ['POST', `/api/courses/${courseId}/join-code`, { open: true }],
    ['POST', `/api/courses/${courseId}/sets`, setBody()],
    ['GET', `/api/instructor/sets/${setId}`],
    ['PUT', `/api/instructor/sets/${setId}`, setBody()],
    ['POST', `/api/instructor/sets/${setId}/publish`, { published: false }],
    ['GET', `/api/instructor/sets/${setId}/gradebook`],
    ['GET', `/api/instructor/sets/${setId}/gradebook/csv`],
    ['GET', `/api/instructor/sets/${setId}/stats`],
    ['GET', `/api/instructor/courses/${courseId}/regrades`],
    ['POST', `/api/instructor/courses/${courseId}/regrades`, { exerciseId: 'softmax' }],
    ['POST', '/api/instructor/exercises/softmax/preview', {}],
    ['GET', '/instructor'],
    ['GET', `/instructor/courses/${courseId}`],
    ['GET', `/instructor/sets/${setId}`],
    ['GET', `/instructor/sets/${setId}/gradebook`],
  ] as [string, string, unknown?][];

  it('students get 404 on every staff route, page and export (anonymous callers: 401 or sign-in)', async () => {
    for (const [method, url, body] of staffRoutes()) {
      for (const who of [member, outsider]) {
        const r = await who.request(method, url, body === undefined ? {} : { json: body });
        expect([url, r.status]).toEqual([url, 404]);
        // nothing of the gradebook: (the member's own email is in their own top bar, so look for staff-only text)
        for (const secret of ['softmax attempts', 'Gradebook', 'Where the class struggles', 'Join code']) expect(r.text).not.toContain(secret);
        if (who === outsider) expect(r.text).not.toContain(memberEmail);
      }
      const a = await anon().request(method, url, body === undefined ? {} : { json: body });
      expect([url, a.status]).toEqual([url, url.startsWith('/api/') ? 401 : 307]);
    }
  });

  it("another instructor cannot see or change this instructor's course", async () => {
    for (const [method, url, body] of staffRoutes()) {
      if (url === '/instructor' || url.includes('/exercises/')) continue; // their own overview and the shared catalog are theirs to see
      const r = await profB.request(method, url, body === undefined ? {} : { json: body });
      expect([url, r.status]).toEqual([url, 404]);
      expect(r.text).not.toContain(memberEmail);
    }
    expect((await profB.get('/api/instructor/submissions')).text).not.toContain(memberEmail);
    expect((await profB.get('/api/courses')).data.map((c: { id: string }) => c.id)).not.toContain(courseId);
    // the set is still published and unchanged
    expect((await member.get(`/api/sets/${setId}`)).status).toBe(200);
  });
});
