type Scheme = 'zeros' | 'small' | 'large' | 'xavier' | 'he' | 'glorot';
function std(scheme: Scheme, fanIn: number, fanOut: number): number {
  if (scheme === 'zeros') return 0;
  if (scheme === 'small') return 0.01;
  if (scheme === 'large') return 1;
  if (scheme === 'xavier') return Math.sqrt(2 / (fanIn + fanOut));
  if (scheme === 'he') return Math.sqrt(2 / fanIn);
  return Math.sqrt(2 / (fanIn + fanOut));
}
export function initWeights(fanIn: number, fanOut: number, scheme: Scheme, rng: { normal(): number }): number[][] {
  const s = std(scheme, fanIn, fanOut);
  return Array.from({ length: fanIn }, () => Array.from({ length: fanOut }, () => s * rng.normal()));
}
