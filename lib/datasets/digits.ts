/**
 * The 8×8 handwritten digits (UCI optical recognition of handwritten digits, as scikit-learn ships it
 * in `load_digits`): 1797 grey images with pixel values 0..16 and their labels 0..9. The file format and
 * its source/licence are in lib/datasets/README.md.
 *
 * The capstone uses ONE fixed split, 1437 training and 360 test images (80/20, every class in both
 * parts in proportion), so every student is judged on the same test set.
 */
import raw from './digits.json';
import { createRng } from '../nn/rng';

export interface Digits {
  /** one row of 64 pixel values (row-major 8×8) per image */
  X: number[][];
  /** the digit 0..9 of each row */
  y: number[];
}

const ALPHABET = '0123456789abcdefg';
export const DIGITS_COUNT = 1797;
export const DIGITS_TRAIN = 1437;
export const DIGITS_TEST = 360;
/** the seed of the fixed split; changing it changes every student's test set */
const SPLIT_SEED = 8_8_1797;

/** all 1797 images with raw pixel values 0..16, in the file's order */
export function loadDigits(): Digits {
  const X = raw.images.map((s) => Array.from(s, (c) => ALPHABET.indexOf(c)));
  const y = Array.from(raw.labels, (c) => Number(c));
  return { X, y };
}

/**
 * The fixed split: within each class, shuffle its images with a seeded RNG and send the first 80 %
 * (rounded) to training; the rest of the 360 test slots are filled so that the sizes are 1437/360.
 * Stratifying keeps every digit represented in the test set in the same proportion as in training.
 */
export function splitIndices(): { train: number[]; test: number[] } {
  const { y } = loadDigits();
  const rng = createRng(SPLIT_SEED);
  const byClass: number[][] = Array.from({ length: 10 }, () => []);
  y.forEach((c, i) => byClass[c].push(i));
  const test: number[] = [];
  const rest: number[] = [];
  for (const idx of byClass) {
    shuffle(idx, rng.next);
    const nTest = Math.floor(idx.length * (DIGITS_TEST / DIGITS_COUNT));
    test.push(...idx.slice(0, nTest));
    rest.push(...idx.slice(nTest));
  }
  // floor() leaves a few test slots open: fill them from a shuffled remainder
  shuffle(rest, rng.next);
  test.push(...rest.splice(0, DIGITS_TEST - test.length));
  return { train: rest.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

/**
 * The capstone's preprocessing: pixels ÷ 16 (into [0, 1]), then centre each pixel by the TRAINING
 * mean (the test set is centred with the same mean, never its own: it stands for data we have not seen).
 */
export function digitsSplit(): { train: Digits; test: Digits } {
  const all = loadDigits();
  const { train, test } = splitIndices();
  const scaled = all.X.map((row) => row.map((v) => v / 16));
  const mean = new Array<number>(64).fill(0);
  for (const i of train) scaled[i].forEach((v, j) => (mean[j] += v / train.length));
  const pick = (idx: number[]): Digits => ({ X: idx.map((i) => scaled[i].map((v, j) => v - mean[j])), y: idx.map((i) => all.y[i]) });
  return { train: pick(train), test: pick(test) };
}

/** Fisher–Yates in place with a given uniform source */
function shuffle<T>(a: T[], next: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}
