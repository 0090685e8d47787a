export function earlyStop(valErrors: number[], patience: number) {
  let best = 0;
  for (let e = 1; e < valErrors.length; e++) {
    if (valErrors[e] < valErrors[best]) best = e;
    else if (e - best > patience) return { bestEpoch: best, stopEpoch: e };
  }
  return { bestEpoch: best, stopEpoch: valErrors.length - 1 };
}
