import { defineChecks, type JudgeInput, type JudgeOutcome, type Rng } from '../../grader/contract';

const CHANNEL = ['r', 'g', 'b'];

/**
 * Exact comparison of a flattened vector that names the first wrong index in image terms, e.g.
 * "index 3 should hold r of pixel (row 0, col 1) = 20, you put 12". args[0] is the image.
 */
function sameVector({ got, expected, args }: JudgeInput): JudgeOutcome {
  const exp = expected as number[];
  if (!Array.isArray(got)) return { passed: false, message: 'flattenImage must return an array of numbers' };
  if (got.length !== exp.length) {
    return { passed: false, message: `the vector has length ${got.length}; a ${(args as any)[0].length}×${(args as any)[0][0].length} RGB image needs 3·H·W = ${exp.length}`, gotShown: `length ${got.length}`, expectedShown: `length ${exp.length}` };
  }
  const W = (args as any)[0][0].length;
  for (let t = 0; t < exp.length; t++) {
    if (got[t] !== exp[t]) {
      const p = Math.floor(t / 3);
      return {
        passed: false,
        message: `index ${t} should hold ${CHANNEL[t % 3]} of pixel (row ${Math.floor(p / W)}, col ${p % W}) = ${exp[t]}; you put ${JSON.stringify(got[t])}. Use interleaved, row-major order: index 3(iW + j) + k.`,
      };
    }
  }
  return { passed: true };
}

/** an H×W×3 image of integer intensities */
function randomImage(rng: Rng, H: number, W: number): number[][][] {
  return Array.from({ length: H }, () => Array.from({ length: W }, () => [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)]));
}

const EXAMPLE_2x3 = [
  [[10, 11, 12], [20, 21, 22], [30, 31, 32]],
  [[40, 41, 42], [50, 51, 52], [60, 61, 62]],
];
const IMAGE_2x2 = [
  [[1, 2, 3], [4, 5, 6]],
  [[7, 8, 9], [10, 11, 12]],
];

export default defineChecks({
  checks: [
    {
      name: 'flattenImage on a 2×2 image with distinct values gives the interleaved order',
      visibility: 'public',
      points: 1,
      cases: [[IMAGE_2x2]],
      probe: (S, args) => S.flattenImage(args[0]),
      judge: { kind: 'custom', fn: sameVector },
      hint: 'Keep each pixel\'s r, g, b together and walk the pixels along row 0 first, then row 1.',
    },
    {
      name: 'flattenImage on the 2×3 worked example (not square)',
      visibility: 'public',
      points: 1,
      cases: [[EXAMPLE_2x3]],
      probe: (S, args) => S.flattenImage(args[0]),
      judge: { kind: 'custom', fn: sameVector },
      hint: 'Pixel (i, j) is pixel number i·W + j, where W is the number of columns.',
    },
    {
      name: 'unflattenImage rebuilds the 2×3 worked example',
      visibility: 'public',
      points: 1,
      cases: [[[10, 11, 12, 20, 21, 22, 30, 31, 32, 40, 41, 42, 50, 51, 52, 60, 61, 62], 2, 3]],
      probe: (S, args) => S.unflattenImage(args[0], args[1], args[2]),
      judge: { kind: 'exact' },
      hint: 'The result has H rows, each of W pixels [r, g, b]; pixel (i, j) starts at index 3(i·W + j).',
    },
    {
      name: 'flattenImage matches on random non-square images',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [[randomImage(rng, 3, 5)], [randomImage(rng, 4, 2)], [randomImage(rng, rng.int(1, 6), rng.int(1, 6))]],
      probe: (S, args) => S.flattenImage(args[0]),
      judge: { kind: 'custom', fn: sameVector },
      reveal: true,
    },
    {
      name: 'a 1×1 image gives its three channels',
      visibility: 'hidden',
      points: 1,
      cases: [[[[[7, 8, 9]]]]],
      probe: (S, args) => S.flattenImage(args[0]),
      judge: { kind: 'custom', fn: sameVector },
      reveal: true,
    },
    {
      name: 'round trip: unflattenImage(flattenImage(img), H, W) equals img (non-square)',
      visibility: 'hidden',
      points: 2,
      cases: (rng) => [[randomImage(rng, 2, 5)], [randomImage(rng, 5, 3)], [randomImage(rng, 1, 4)]],
      probe: (S, args) => S.unflattenImage(S.flattenImage(args[0]), args[0].length, args[0][0].length),
      judge: { kind: 'exact' },
      hint: 'Rebuild H rows of W pixels; swapping H and W only goes unnoticed on square images.',
      reveal: true,
    },
    {
      name: 'unflattenImage matches on random vectors (non-square)',
      visibility: 'hidden',
      points: 1,
      cases: (rng) => [[3, 4], [4, 1], [2, 6]].map(([H, W]) => [Array.from({ length: 3 * H * W }, () => rng.int(0, 255)), H, W]),
      probe: (S, args) => S.unflattenImage(args[0], args[1], args[2]),
      judge: { kind: 'exact' },
      reveal: true,
    },
    {
      name: 'the input image is not modified',
      visibility: 'hidden',
      points: 1,
      cases: [[IMAGE_2x2]],
      probe: (S, args, H) => {
        const img = H.clone(args[0]);
        S.flattenImage(img);
        return img;
      },
      judge: { kind: 'exact' },
    },
  ],
});
