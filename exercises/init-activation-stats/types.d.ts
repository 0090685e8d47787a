/** A matrix stored as rows: Mat[i][j] is row i, column j. */
type Mat = number[][];
type Scheme = 'zeros' | 'small' | 'large' | 'xavier' | 'he' | 'glorot';
/** One layer's summary. */
interface LayerStats {
  mean: number;
  std: number;
  /** fraction of activations with |a| > 0.99 */
  saturated: number;
}
/** A seeded random number generator. */
interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** standard normal N(0, 1) */
  normal(): number;
  /** uniform in [lo, hi) */
  uniform(lo: number, hi: number): number;
}
