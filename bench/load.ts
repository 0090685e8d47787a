/**
 * Deadline-burst load test: simulated students submit the softmax exercise 1–3 times within a window,
 * over loopback, against real production servers (the same `next start` users get), with hostile
 * submissions mixed in (infinite loops, memory bombs, huge output). It prints: submissions sent,
 * accepted, refused (409 while one is pending, 429), 5xx, lost, graded exactly once, received→graded
 * p50/p95/p99 (server clock: gradedAt − receivedAt) and the grading queue's depth over time.
 *
 *   node --no-node-snapshot --import tsx bench/load.ts [--db sqlite|postgres] [--instances 1|2]
 *        [--students 300] [--window 60] [--hostile 0.1] [--workers N (default: the app's, cores + 1)]
 *
 * It builds nothing: build first (`npm run build`, or NNLAB_DIST_DIR=… node scripts/build.mjs and the same
 * NNLAB_DIST_DIR here). It starts its own servers on fresh databases (PostgreSQL: a throwaway server from
 * the machine's binaries) and stops them at the end. Students are created straight in the database (one
 * password hash shared by all), then sign in through next-auth like browsers; each waits for its result
 * before submitting again, as a student watching "Grading…" would.
 */
import { parseArgs } from 'node:util';
import { startServer, type TestServer } from '../test/support/server';
import { Client } from '../test/support/client';
import { CORRECT_SOFTMAX, UNSTABLE_SOFTMAX } from '../test/support/solutions';
import { serverUrl, startPostgres, stopPostgres } from '../scripts/lib/postgres.mjs';
import { isFinal } from '../lib/grading/status';

export const HOSTILE: Record<string, string> = {
  'infinite loop': `export function softmax(z: number[]): number[] { for (;;) {} }\nexport function softmaxRows(Z: number[][]): number[][] { return Z; }`,
  'memory bomb': `export function softmax(z: number[]): number[] { const a: number[][] = []; for (;;) a.push(new Array(1e6).fill(1)); }\nexport function softmaxRows(Z: number[][]): number[][] { return Z; }`,
  'huge output': `export function softmax(z: number[]): number[] { for (let i = 0; i < 1e6; i++) console.log('x'.repeat(1000)); return z; }\nexport function softmaxRows(Z: number[][]): number[][] { return Z; }`,
  'string bomb': `export function softmax(z: number[]): number[] { let s = 'x'; for (;;) s += s; }\nexport function softmaxRows(Z: number[][]): number[][] { return Z; }`,
};

export interface BurstOptions {
  students: number;
  windowS: number;
  hostile: number;
}

export interface Tally {
  sent: number;
  accepted: number;
  refused409: number;
  refused429: number;
  http5xx: number;
  otherHttp: number;
  /** the request failed on the network (instance down): the student retries */
  networkErrors: number;
  acceptedIds: Set<string>;
}

export const newTally = (): Tally => ({ sent: 0, accepted: 0, refused409: 0, refused429: 0, http5xx: 0, otherHttp: 0, networkErrors: 0, acceptedIds: new Set() });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Environment for the servers under test: the app's defaults except sign-in's limit (all students sign in at once); `workers` overrides GRADER_WORKERS */
export function serverEnv(workers?: number): Record<string, string> {
  return { ...(workers ? { GRADER_WORKERS: String(workers) } : {}), NNLAB_RATELIMIT_SIGNIN: 'off' };
}

export async function startDatabase(kind: 'sqlite' | 'postgres'): Promise<{ pgUrl?: string; stop(): void }> {
  if (kind === 'sqlite') {
    process.env.NNLAB_TEST_DB = 'sqlite';
    return { stop() {} };
  }
  const port = 55433;
  startPostgres({ port });
  process.env.NNLAB_TEST_DB = 'postgres';
  process.env.NNLAB_TEST_PG_URL = serverUrl(port);
  return { pgUrl: serverUrl(port), stop: () => stopPostgres({ port }) };
}

/** the first instance gets a fresh database; the others share it */
export async function startInstances(n: number, env: Record<string, string>, basePort = 3400): Promise<TestServer[]> {
  const first = await startServer({ port: basePort, env });
  const rest = await Promise.all(Array.from({ length: n - 1 }, (_, i) => startServer({ port: basePort + 1 + i, env, dbUrl: first.dbUrl })));
  return [first, ...rest];
}

/** creates the students in the database (one shared hash: the bench measures grading, not argon2) and signs them in */
export async function createStudents(server: TestServer, urls: () => string[], n: number): Promise<{ email: string; client: () => Client }[]> {
  const { hashPassword } = await import('../lib/auth/password');
  const hash = await hashPassword('load test password');
  const tag = Date.now().toString(36);
  const emails = Array.from({ length: n }, (_, i) => `load-${tag}-${i}@example.test`);
  for (let i = 0; i < n; i += 100) {
    const values = emails.slice(i, i + 100).map((e) => `('${e.replace(/@.*/, '')}', '${e}', 'Load Student', '${hash}', 'student', 0)`);
    await server.sql(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "sessionVersion") VALUES ${values.join(', ')}`);
  }
  // each student talks to one instance (as behind a sticky load balancer); when it is down, the student
  // waits and retries, as a browser would
  const students = emails.map((email, i) => {
    const clients = new Map<string, Client>();
    return {
      email,
      client: () => {
        const list = urls();
        const url = list[i % list.length];
        let c = clients.get(url);
        if (!c) clients.set(url, (c = new Client(url)));
        return c;
      },
      clients,
    };
  });
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < students.length) {
        const s = students[next++];
        for (let tries = 0; ; tries++) {
          const c = s.client();
          try {
            if (await c.signIn(s.email, 'load test password')) break;
          } catch {
            /* instance down */
          }
          if (tries > 20) throw new Error(`could not sign in ${s.email}`);
          await sleep(500);
        }
      }
    }),
  );
  return students.map((s) => ({ email: s.email, client: s.client }));
}

function pickCode(hostileShare: number): { kind: string; code: string } {
  const r = Math.random();
  if (r < hostileShare) {
    const names = Object.keys(HOSTILE);
    const name = names[Math.floor(Math.random() * names.length)];
    return { kind: name, code: HOSTILE[name] };
  }
  return Math.random() < 0.6 ? { kind: 'correct', code: CORRECT_SOFTMAX } : { kind: 'wrong', code: UNSTABLE_SOFTMAX };
}

/** one student: 1–3 submissions at random moments of the window, each after the previous one's result */
async function student(client: () => Client, opts: BurstOptions, tally: Tally, deadline: number) {
  await sleep(Math.random() * opts.windowS * 1000 * 0.8);
  const times = 1 + Math.floor(Math.random() * 3);
  for (let k = 0; k < times && Date.now() < deadline; k++) {
    const { code } = pickCode(opts.hostile);
    let id: string | null = null;
    for (let attempt = 0; attempt < 30 && !id && Date.now() < deadline; attempt++) {
      tally.sent++;
      let r;
      try {
        r = await client().post('/api/exercises/softmax/submissions', { code });
      } catch {
        tally.networkErrors++;
        await sleep(1000);
        continue;
      }
      if (r.status === 202) {
        id = r.data.id;
        tally.accepted++;
        tally.acceptedIds.add(r.data.id);
      } else if (r.status === 409) {
        tally.refused409++;
        await sleep(1000);
      } else if (r.status === 429) {
        tally.refused429++;
        await sleep(Number(r.headers.get('retry-after') ?? 5) * 1000);
      } else {
        if (r.status >= 500) tally.http5xx++;
        else tally.otherHttp++;
        break;
      }
    }
    if (!id) continue;
    // watch "Grading…" as the browser does (a request the server holds until the result is written),
    // then think a little before the next try
    while (Date.now() < deadline) {
      try {
        const s = await client().get(`/api/submissions/${id}?wait=20`);
        if (s.status >= 500) tally.http5xx++;
        if (isFinal(s.data?.status)) break;
      } catch {
        tally.networkErrors++;
        await sleep(500);
      }
    }
    await sleep(1000 + Math.random() * 4000);
  }
}

export async function burst(students: { client: () => Client }[], opts: BurstOptions, tally: Tally, drainS = 300) {
  const deadline = Date.now() + (opts.windowS + drainS) * 1000;
  await Promise.all(students.map((s) => student(s.client, opts, tally, deadline)));
}

/** samples queued + running jobs once a second */
export function queueSampler(server: () => TestServer) {
  const samples: { t: number; queued: number; running: number }[] = [];
  const t0 = Date.now();
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const rows = await server().sql<{ status: string; n: number }>(
          `SELECT "status", COUNT(*) AS "n" FROM "Submission" WHERE "status" IN ('queued', 'running') GROUP BY "status"`,
        );
        const get = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
        samples.push({ t: Math.round((Date.now() - t0) / 1000), queued: get('queued'), running: get('running') });
      } catch {
        /* database busy or restarting */
      }
      await sleep(1000);
    }
  })();
  return {
    samples,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/** what the database says about the accepted submissions: final results, duplicates, latency */
export async function audit(server: TestServer, tally: Tally) {
  const rows = await server.sql<{ id: string; status: string; receivedAt: unknown; startedAt: unknown; gradedAt: unknown; tries: number; verdict: string | null }>(
    `SELECT "id", "status", "receivedAt", "startedAt", "gradedAt", "tries", "verdict" FROM "Submission"`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const toMs = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Date.parse(String(v)));
  let lost = 0;
  const latencies: number[] = [];
  const waits: number[] = []; // received → (last) claimed by a worker
  const gradings: number[] = []; // (last) claimed → graded
  const verdicts: Record<string, number> = {};
  for (const id of tally.acceptedIds) {
    const r = byId.get(id);
    if (!r) {
      lost++;
      continue;
    }
    if (r.status !== 'graded' && r.status !== 'failed') continue; // counted below with every row
    latencies.push(toMs(r.gradedAt) - toMs(r.receivedAt));
    if (r.startedAt) {
      waits.push(toMs(r.startedAt) - toMs(r.receivedAt));
      gradings.push(toMs(r.gradedAt) - toMs(r.startedAt));
    }
    const v = r.verdict ? (JSON.parse(r.verdict).status as string) : 'none';
    verdicts[v] = (verdicts[v] ?? 0) + 1;
  }
  // exactly once: each graded submission added exactly one attempt to Progress (written in the same
  // transaction as the verdict), and a grader error adds none
  const [attempts] = await server.sql<{ n: number }>(`SELECT COALESCE(SUM("attempts"), 0) AS "n" FROM "Progress"`);
  const graded = rows.filter((r) => r.status === 'graded').length;
  const notOurs = rows.length - tally.acceptedIds.size; // a submission the bench does not know of (e.g. in doubt during a crash)
  // unfinished: any submission, known to the client or not, still queued or running at the end
  const unfinished = rows.filter((r) => r.status === 'queued' || r.status === 'running').length;
  for (const list of [latencies, waits, gradings]) list.sort((a, b) => a - b);
  return {
    rows: rows.length,
    lost,
    unfinished,
    graded,
    failed: rows.filter((r) => r.status === 'failed').length,
    progressAttempts: Number(attempts.n),
    duplicated: Math.max(0, Number(attempts.n) - graded),
    unknownToClient: notOurs,
    maxTries: Math.max(0, ...rows.map((r) => Number(r.tries))),
    verdicts,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    waitP50: pct(waits, 50),
    waitP95: pct(waits, 95),
    gradingP50: pct(gradings, 50),
    gradingP95: pct(gradings, 95),
  };
}

export function report(title: string, tally: Tally, a: Awaited<ReturnType<typeof audit>>, samples: { t: number; queued: number; running: number }[]) {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\n== ${title}`);
  console.log(`sent ${tally.sent}  accepted ${tally.accepted}  refused 409 ${tally.refused409}  refused 429 ${tally.refused429}  5xx ${tally.http5xx}  other 4xx ${tally.otherHttp}  network errors ${tally.networkErrors}`);
  console.log(`graded ${a.graded}  failed (grader error) ${a.failed}  lost ${a.lost}  unfinished ${a.unfinished}  duplicated final results ${a.duplicated}  (progress attempts ${a.progressAttempts}, rows ${a.rows}, max tries ${a.maxTries})`);
  console.log(`verdicts ${JSON.stringify(a.verdicts)}`);
  console.log(`received→graded p50 ${s(a.p50)}  p95 ${s(a.p95)}  p99 ${s(a.p99)}  max ${s(a.max)}`);
  console.log(`  of which waiting in the queue p50 ${s(a.waitP50)}  p95 ${s(a.waitP95)}; grading p50 ${s(a.gradingP50)}  p95 ${s(a.gradingP95)}`);
  const every = Math.max(1, Math.ceil(samples.length / 24));
  console.log(`queue depth (t s: queued+running) ${samples.filter((_, i) => i % every === 0).map((x) => `${x.t}:${x.queued}+${x.running}`).join(' ')}`);
  const peak = samples.reduce((m, x) => Math.max(m, x.queued + x.running), 0);
  console.log(`queue peak ${peak}`);
  return { ...a, sent: tally.sent, accepted: tally.accepted, http5xx: tally.http5xx, peak };
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'sqlite' },
      instances: { type: 'string', default: '1' },
      students: { type: 'string', default: '300' },
      window: { type: 'string', default: '60' },
      hostile: { type: 'string', default: '0.1' },
      workers: { type: 'string', default: '' },
    },
  });
  const kind = values.db === 'postgres' ? 'postgres' : 'sqlite';
  const opts: BurstOptions = { students: Number(values.students), windowS: Number(values.window), hostile: Number(values.hostile) };
  const database = await startDatabase(kind);
  let servers: TestServer[] = [];
  try {
    servers = await startInstances(Number(values.instances), serverEnv(Number(values.workers) || undefined));
    const students = await createStudents(servers[0], () => servers.map((s) => s.url), opts.students);
    const tally = newTally();
    const sampler = queueSampler(() => servers[0]);
    const t0 = Date.now();
    await burst(students, opts, tally);
    await sampler.stop();
    const a = await audit(servers[0], tally);
    const title = `${kind}, ${servers.length} instance(s) × ${values.workers || 'the default number of'} grader workers, ${opts.students} students in ${opts.windowS} s, ${opts.hostile * 100}% hostile — ${((Date.now() - t0) / 1000).toFixed(0)} s`;
    const r = report(title, tally, a, sampler.samples);
    console.log(JSON.stringify({ bench: 'load', db: kind, instances: servers.length, ...r, verdicts: undefined }));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    database.stop();
  }
}

if (process.argv[1]?.endsWith('load.ts')) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
