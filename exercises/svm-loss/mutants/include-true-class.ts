// Sums over every class, the true one included: that term is max(0, Δ) = Δ.
export function svmLoss(Z: number[][], y: number[], delta = 1) {
  const N = Z.length;
  let loss = 0;
  const dZ = Z.map((z, i) => {
    const d = z.map(() => 0);
    z.forEach((s, j) => {
      const m = s - z[y[i]] + delta;
      if (m > 0) {
        loss += m;
        d[j] += 1 / N;
        d[y[i]] -= 1 / N;
      }
    });
    return d;
  });
  return { loss: loss / N, dZ };
}
