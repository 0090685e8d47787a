/** A vector of numbers: the weights of one parameter, flattened. */
type Vec = number[];
/** The cache of squared gradients for one parameter, kept by the caller between steps. */
interface CacheState {
  r: Vec;
}
