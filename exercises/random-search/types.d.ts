/** One hyperparameter's range. */
interface Dim {
  lo: number;
  hi: number;
  scale: 'log' | 'linear';
}
/** The search space: a range per hyperparameter name. */
type Space = Record<string, Dim>;
/** One setting of the hyperparameters, e.g. { lr: 0.001, reg: 0.5 }. */
type Params = Record<string, number>;
interface Trial {
  params: Params;
  /** the validation loss: lower is better */
  score: number;
}
interface SearchResult {
  best: Trial;
  trials: Trial[];
}
/** A seeded random number generator. */
interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform in [lo, hi) */
  uniform(lo: number, hi: number): number;
  /** standard normal N(0, 1) */
  normal(): number;
}
