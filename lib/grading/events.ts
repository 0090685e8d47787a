/**
 * "This submission has its final result": an in-process signal from the grading runner to the
 * requests waiting on that submission (GET /api/submissions/<id>?wait=…), so a student's result is
 * answered the moment it is written instead of on the next poll.
 *
 * Kept on globalThis: Next bundles instrumentation.ts (which starts the runner) and the route
 * handlers separately, and both must see the same emitter. With several app instances a result may
 * be written by another instance; waiters therefore also re-read the database every second.
 */
import { EventEmitter } from 'node:events';

const holder = globalThis as unknown as { __nnlabGradingEvents?: EventEmitter };

function emitter(): EventEmitter {
  if (!holder.__nnlabGradingEvents) {
    holder.__nnlabGradingEvents = new EventEmitter();
    // one listener per waiting request: hundreds during a deadline burst are expected, not a leak
    holder.__nnlabGradingEvents.setMaxListeners(0);
  }
  return holder.__nnlabGradingEvents;
}

export function announceFinal(submissionId: string): void {
  emitter().emit(submissionId);
}

/** resolves when the submission is announced final, or after `ms`, whichever comes first */
export function untilFinalOr(submissionId: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      emitter().off(submissionId, done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    emitter().once(submissionId, done);
  });
}
