/**
 * Flatten an H×W×3 image (img[row][col] = [r, g, b]) into one vector, pixel by pixel along each row,
 * keeping each pixel's r, g, b together: [r1, g1, b1, r2, g2, b2, …]. Length 3·H·W.
 */
export function flattenImage(img: Image): Vec {
  throw new Error('not implemented: flattenImage (exercise 0.1)');
}

/** The inverse of flattenImage: rebuild the H×W×3 image from its vector. */
export function unflattenImage(v: Vec, H: number, W: number): Image {
  throw new Error('not implemented: unflattenImage (exercise 0.1)');
}
