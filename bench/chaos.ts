/**
 * Chaos run: the deadline burst of bench/load.ts while grader workers are killed with SIGKILL every few
 * seconds and whole app instances (server and workers together, like a power cut) are killed mid-burst
 * and restarted on the same database. At the end it reports, from the database, whether every accepted
 * submission ended with exactly one final result: lost = accepted but missing or never finished;
 * duplicated = more attempts recorded in Progress than graded submissions (the verdict and the attempt
 * are written in one transaction, by the lease holder only).
 *
 *   node --no-node-snapshot --import tsx bench/chaos.ts [--db sqlite|postgres] [--instances 2]
 *        [--students 150] [--window 60] [--hostile 0.1] [--kill-worker-every 4] [--crashes 2]
 *
 * Build first, as for bench/load.ts. Exit code 0 only when nothing was lost or duplicated.
 */
import { parseArgs } from 'node:util';
import { startServer, type TestServer } from '../test/support/server';
import { audit, burst, createStudents, newTally, queueSampler, report, serverEnv, startDatabase, startInstances, type BurstOptions } from './load';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'sqlite' },
      instances: { type: 'string', default: '2' },
      students: { type: 'string', default: '150' },
      window: { type: 'string', default: '60' },
      hostile: { type: 'string', default: '0.1' },
      workers: { type: 'string', default: '' },
      'kill-worker-every': { type: 'string', default: '4' },
      crashes: { type: 'string', default: '2' },
    },
  });
  const kind = values.db === 'postgres' ? 'postgres' : 'sqlite';
  const opts: BurstOptions = { students: Number(values.students), windowS: Number(values.window), hostile: Number(values.hostile) };
  const env = serverEnv(Number(values.workers) || undefined);
  const database = await startDatabase(kind);
  let servers: TestServer[] = [];
  const events: string[] = [];
  const t0 = Date.now();
  const log = (e: string) => {
    const line = `${((Date.now() - t0) / 1000).toFixed(1)} s: ${e}`;
    events.push(line);
    console.log(`chaos: ${line}`);
  };
  try {
    servers = await startInstances(Number(values.instances), env);
    const dbUrl = servers[0].dbUrl;
    const ports = servers.map((s) => Number(new URL(s.url).port));
    const students = await createStudents(servers[0], () => servers.map((s) => s.url), opts.students);
    const tally = newTally();
    const sampler = queueSampler(() => servers.find((s) => s) ?? servers[0]);

    let burstDone = false;
    let workerKills = 0;
    let crashes = 0;
    const down = new Set<number>();
    const restarts: Promise<void>[] = [];
    const chaos = (async () => {
      const crashAt = Array.from({ length: Number(values.crashes) }, (_, i) => ((i + 1) / (Number(values.crashes) + 1)) * opts.windowS * 1000);
      const start = Date.now();
      while (!burstDone && Date.now() - start < opts.windowS * 1000) {
        await sleep(Number(values['kill-worker-every']) * 1000);
        const live = servers.map((_, k) => k).filter((k) => !down.has(k));
        const i = live[Math.floor(Math.random() * live.length)];
        const pids = i === undefined ? [] : servers[i].graderWorkerPids();
        if (pids.length) {
          const pid = pids[Math.floor(Math.random() * pids.length)];
          try {
            process.kill(pid, 'SIGKILL');
            workerKills++;
            log(`SIGKILL grader worker ${pid} of instance ${i}`);
          } catch {
            /* already gone */
          }
        }
        if (crashAt.length && Date.now() - start >= crashAt[0] && live.length) {
          crashAt.shift();
          const j = live[Math.floor(Math.random() * live.length)];
          log(`SIGKILL instance ${j} (server and its workers)`);
          down.add(j);
          await servers[j].crash();
          crashes++;
          // restarted in the background (migrations, course sync, start take a while); chaos goes on
          restarts.push(
            sleep(2000)
              .then(() => startServer({ port: ports[j], env, dbUrl }))
              .then((s) => {
                servers[j] = s;
                down.delete(j);
                log(`instance ${j} restarted`);
              }),
          );
        }
      }
      await Promise.all(restarts);
      log(`chaos over: ${workerKills} workers killed`);
    })();

    await burst(students, opts, tally);
    burstDone = true;
    await chaos;
    await sampler.stop();
    const a = await audit(servers[0], tally);
    const title = `CHAOS ${kind}, ${servers.length} instance(s) × ${values.workers || "default"} workers, ${opts.students} students in ${opts.windowS} s, ${workerKills} grader workers and ${crashes} instance(s) killed with SIGKILL`;
    const r = report(title, tally, a, sampler.samples);
    const exactlyOnce = a.lost === 0 && a.unfinished === 0 && a.duplicated === 0;
    console.log(`exactly once: ${exactlyOnce ? 'YES' : 'NO'} (lost ${a.lost}, unfinished ${a.unfinished}, duplicated ${a.duplicated}; submissions the clients never heard back about: ${a.unknownToClient})`);
    console.log(JSON.stringify({ bench: 'chaos', db: kind, instances: servers.length, exactlyOnce, events: events.length, ...r, verdicts: undefined }));
    process.exitCode = exactlyOnce ? 0 : 1;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    database.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
