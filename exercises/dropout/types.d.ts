/** A vector of numbers: one entry per unit. */
type Vec = number[];
