// max(0, s_y − s_j + Δ): the sign of the margin is reversed.
export function svmLoss(Z: number[][], y: number[], delta = 1) {
  const N = Z.length;
  let loss = 0;
  const dZ = Z.map((z, i) => {
    const d = z.map(() => 0);
    z.forEach((s, j) => {
      if (j === y[i]) return;
      const m = z[y[i]] - s + delta;
      if (m > 0) {
        loss += m;
        d[j] -= 1 / N;
        d[y[i]] += 1 / N;
      }
    });
    return d;
  });
  return { loss: loss / N, dZ };
}
