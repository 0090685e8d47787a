export function earlyStop(valErrors: number[], patience: number) {
  let best = 0;
  let bad = 0;
  for (let e = 1; e < valErrors.length; e++) {
    if (valErrors[e] < valErrors[best]) best = e;
    else if (++bad >= patience) return { bestEpoch: best, stopEpoch: e };
  }
  return { bestEpoch: best, stopEpoch: valErrors.length - 1 };
}
