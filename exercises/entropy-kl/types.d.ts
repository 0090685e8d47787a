/** A probability vector: entries ≥ 0 that sum to 1. */
type Vec = number[];
