/** The outcome of early stopping: which epoch's weights to keep, and when training stopped. */
interface EarlyStopResult {
  bestEpoch: number;
  stopEpoch: number;
}
