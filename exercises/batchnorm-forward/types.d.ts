/** A vector of numbers: one entry per feature. */
type Vec = number[];
/** A matrix stored as rows: one row per example, one column per feature. */
type Mat = number[][];
/** Batch norm's memory between calls. */
interface BNState {
  runningMean: Vec;
  runningVar: Vec;
  /** default 1e-5 */
  eps?: number;
  /** default 0.9: the weight of the old running value */
  runningDecay?: number;
}
