// walks down each column first
export function flattenImage(img: number[][][]): number[] {
  const out: number[] = [];
  const H = img.length;
  const W = img[0].length;
  for (let j = 0; j < W; j++) for (let i = 0; i < H; i++) out.push(...img[i][j]);
  return out;
}
export function unflattenImage(v: number[], H: number, W: number): number[][][] {
  return Array.from({ length: H }, (_, i) => Array.from({ length: W }, (_, j) => v.slice(3 * (j * H + i), 3 * (j * H + i) + 3)));
}
