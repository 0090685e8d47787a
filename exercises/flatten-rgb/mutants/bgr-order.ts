// OpenCV habit: blue, green, red
export function flattenImage(img: number[][][]): number[] {
  return img.flatMap((row) => row.flatMap(([r, g, b]) => [b, g, r]));
}
export function unflattenImage(v: number[], H: number, W: number): number[][][] {
  return Array.from({ length: H }, (_, i) =>
    Array.from({ length: W }, (_, j) => {
      const p = 3 * (i * W + j);
      return [v[p + 2], v[p + 1], v[p]];
    }),
  );
}
