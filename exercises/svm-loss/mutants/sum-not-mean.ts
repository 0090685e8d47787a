// Correct per example, but summed over the batch instead of averaged.
export function svmLoss(Z: number[][], y: number[], delta = 1) {
  let loss = 0;
  const dZ = Z.map((z, i) => {
    const d = z.map(() => 0);
    z.forEach((s, j) => {
      if (j === y[i]) return;
      const m = s - z[y[i]] + delta;
      if (m > 0) {
        loss += m;
        d[j] += 1;
        d[y[i]] -= 1;
      }
    });
    return d;
  });
  return { loss, dZ };
}
