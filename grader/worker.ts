/**
 * A grading worker: a child process forked by grader/pool.ts (under tsx, --no-node-snapshot).
 * One job at a time, answered over IPC. Student code runs only here, inside isolated-vm; if it
 * takes this process down (SANDBOX.md: a growing Map aborts the process), the pool notices.
 */
import { defaultExercisesDir, ExerciseError } from './exercise';
import { Runner } from './runner';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const runner = new Runner(process.env.NNLAB_EXERCISES_DIR || defaultExercisesDir());

function send(msg: WorkerReply): void {
  if (process.connected) process.send!(msg);
}

function shutdown(): never {
  // every isolate disposed before exit, or exit can SIGSEGV (SANDBOX.md)
  runner.dispose();
  process.exit(0);
}

process.on('message', async (msg: WorkerRequest) => {
  if (msg.type === 'shutdown') shutdown();
  try {
    let value: unknown;
    if (msg.type === 'grade') value = await runner.grade(msg.req);
    else if (msg.type === 'quizVariant') value = await runner.quizVariant(msg.quizId, msg.seed);
    else value = await runner.quizGrade(msg.quizId, msg.seed, msg.answers);
    send({ type: 'done', jobId: msg.jobId, ok: true, value, rssMb: process.memoryUsage.rss() / 1048576 });
  } catch (e) {
    const exercise = e instanceof ExerciseError;
    send({ type: 'done', jobId: msg.jobId, ok: false, exerciseError: exercise, message: exercise ? (e as Error).message : String((e as Error)?.stack ?? e), rssMb: process.memoryUsage.rss() / 1048576 });
  }
});
process.on('disconnect', shutdown);

// warm up (prelude bundle, first isolate) so the first real job is not the slow one, then load the
// course in the background (jobs are served meanwhile)
runner.sandbox
  .warm()
  .finally(() => send({ type: 'ready' }))
  .then(() => runner.preload())
  .catch(() => undefined);
