import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { grader, graderWorkers } from './grader';
import { claimNext, completeJob, releaseJob, renewLease, requeueExpired, requeueOrphans, LEASE_MS } from './queue';
import { announceFinal } from './events';

/**
 * Takes queued submissions from the database and grades them, as many at a time as the pool has workers.
 * Started once per app instance (instrumentation.ts). Polls every second, so jobs queued by another
 * instance are picked up too, and `kick()` starts a job at once when this instance queued it.
 */
interface Runner {
  kick(): void;
  stop(): Promise<void>;
}

const holder = globalThis as unknown as { __nnlabRunner?: Runner };

export function startRunner(concurrency = graderWorkers()): Runner {
  if (holder.__nnlabRunner) return holder.__nnlabRunner;
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let active = 0;
  let pumping = false;
  let stopped = false;

  async function gradeOne(job: NonNullable<Awaited<ReturnType<typeof claimNext>>>) {
    const renew = setInterval(() => void renewLease(job.id, owner).catch(() => {}), LEASE_MS / 3);
    try {
      const verdict = await grader().grade({ exerciseId: job.exerciseId, code: job.code, mode: 'submit', seed: job.seed });
      await completeJob(job.id, owner, verdict);
    } catch (err) {
      console.error('[grading] job', job.id, 'failed in the grader pool:', err);
      await releaseJob(job.id, owner, 'The grader failed on this submission. Staff have been notified.').catch(() => {});
    } finally {
      clearInterval(renew);
      // a released job may be queued again rather than final: waiters re-read it and keep waiting
      announceFinal(job.id);
    }
  }

  async function pump() {
    if (pumping || stopped) return;
    pumping = true;
    try {
      while (active < concurrency && !stopped) {
        const job = await claimNext(owner);
        if (!job) break;
        active++;
        void gradeOne(job).finally(() => {
          active--;
          void pump();
        });
      }
    } catch (err) {
      console.error('[grading] could not claim a job:', err);
    } finally {
      pumping = false;
    }
  }

  const sweep = () =>
    requeueExpired().then(
      (n) => {
        if (n > 0) void pump();
      },
      (err) => console.error('[grading] lease sweep failed:', err),
    );
  grader(); // start the worker processes now: the first submissions must not wait for them to boot
  void requeueOrphans(hostname()).then(sweep, sweep);
  const poll = setInterval(() => void pump(), 1000);
  const sweeper = setInterval(() => void sweep(), 5000);
  poll.unref();
  sweeper.unref();

  const runner: Runner = {
    kick: () => void pump(),
    async stop() {
      stopped = true;
      clearInterval(poll);
      clearInterval(sweeper);
    },
  };
  holder.__nnlabRunner = runner;
  return runner;
}

export function kickRunner(): void {
  holder.__nnlabRunner?.kick();
}
