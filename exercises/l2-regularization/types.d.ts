/** A vector of numbers. */
type Vec = number[];
/** A matrix stored as rows: Mat[i][j] is row i, column j. */
type Mat = number[][];
/** The parameters (or their gradients) of a 2-layer net. */
interface Params {
  W1: Mat;
  b1: Vec;
  W2: Mat;
  b2: Vec;
}
