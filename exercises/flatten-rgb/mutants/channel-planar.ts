// all reds, then all greens, then all blues ("channels first")
export function flattenImage(img: number[][][]): number[] {
  const out: number[] = [];
  for (let k = 0; k < 3; k++) for (const row of img) for (const pixel of row) out.push(pixel[k]);
  return out;
}
export function unflattenImage(v: number[], H: number, W: number): number[][][] {
  const n = H * W;
  return Array.from({ length: H }, (_, i) => Array.from({ length: W }, (_, j) => [0, 1, 2].map((k) => v[k * n + i * W + j])));
}
