/** A vector of numbers: the weights of one parameter, flattened. */
type Vec = number[];
/** Adam's memory for one parameter, kept by the caller between steps. A fresh state has t = 0. */
interface AdamState {
  m: Vec;
  v: Vec;
  t: number;
}
