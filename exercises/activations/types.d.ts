/** A vector of numbers. */
type Vec = number[];
