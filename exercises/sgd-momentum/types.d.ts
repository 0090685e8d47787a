/** A vector of numbers: the weights of one parameter, flattened. */
type Vec = number[];
/** The optimizer's memory for one parameter, kept by the caller between steps. */
interface MomentumState {
  /** velocity (lecture form: a running sum of gradients), one entry per weight */
  v: Vec;
}
