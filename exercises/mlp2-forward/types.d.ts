/** A vector of numbers. */
type Vec = number[];
/** A matrix stored as rows: Mat[i][j] is row i, column j. */
type Mat = number[][];
/** Parameters of a 2-layer MLP: W1 is H×D, b1 has H entries, W2 is C×H, b2 has C entries. */
interface Mlp2Params {
  W1: Mat;
  b1: Vec;
  W2: Mat;
  b2: Vec;
}
