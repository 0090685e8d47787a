/**
 * Early stopping: stop at the first epoch e with e − bestEpoch = patience (no strict improvement for
 * `patience` epochs), or at the last epoch; return the best epoch seen up to the stop.
 * Example: earlyStop([1.0, 0.8, 0.7, 0.72, 0.75, 0.71, 0.69, 0.6], 3) → { bestEpoch: 2, stopEpoch: 5 }.
 */
export function earlyStop(valErrors: number[], patience: number): EarlyStopResult {
  throw new Error('not implemented: earlyStop (exercise 10.3)');
}
