/** A vector of numbers: one entry per feature. */
type Vec = number[];
/** A matrix stored as rows: one row per example, one column per feature. */
type Mat = number[][];
