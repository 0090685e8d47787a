/** A vector of numbers. */
type Vec = number[];
/** An image: Image[row][col] = [r, g, b]. */
type Image = number[][][];
