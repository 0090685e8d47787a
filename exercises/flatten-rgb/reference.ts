// Written as a student would submit it: pixel p = i·W + j occupies indices 3p, 3p+1, 3p+2.

export function flattenImage(img: number[][][]): number[] {
  const out: number[] = [];
  for (const row of img) for (const pixel of row) out.push(pixel[0], pixel[1], pixel[2]);
  return out;
}

export function unflattenImage(v: number[], H: number, W: number): number[][][] {
  return Array.from({ length: H }, (_, i) =>
    Array.from({ length: W }, (_, j) => {
      const p = i * W + j;
      return [v[3 * p], v[3 * p + 1], v[3 * p + 2]];
    }),
  );
}
