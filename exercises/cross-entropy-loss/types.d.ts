/** A vector of numbers. */
type Vec = number[];
/** A matrix stored as rows: Mat[i][j] is row i, column j. */
type Mat = number[][];
