export function earlyStop(valErrors: number[], patience: number) {
  const bestEpoch = valErrors.indexOf(Math.min(...valErrors));
  let best = 0;
  for (let e = 1; e < valErrors.length; e++) {
    if (valErrors[e] < valErrors[best]) best = e;
    else if (e - best >= patience) return { bestEpoch, stopEpoch: e };
  }
  return { bestEpoch, stopEpoch: valErrors.length - 1 };
}
