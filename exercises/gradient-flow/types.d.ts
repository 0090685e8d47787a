/** A vector of numbers: one score per class. */
type Vec = number[];
/** A matrix stored as rows: Mat[i][j] is row i, column j. */
type Mat = number[][];
