/**
 * The rate limits, in one place. Each can be changed without a rebuild through the environment:
 * NNLAB_RATELIMIT_<BUCKET>="<limit>/<window in seconds>" (e.g. NNLAB_RATELIMIT_SUBMIT="20/60"), or
 * switched off with "off" (a benchmark that measures grading, not the limiter).
 *
 * Chosen so a student working normally never meets them, while a script cannot hammer the grader or
 * guess passwords: a submission is a costly grading job, a Run costs a grading job too (public checks).
 */
export interface Limit {
  bucket: string;
  limit: number;
  windowMs: number;
  /** what is counted: each user (the default), each trusted client address, or the whole site */
  per?: 'user' | 'address' | 'site';
}

export const LIMITS = {
  /** password guesses per account (counted in next-auth's authorize, whatever the outcome) */
  signIn: { bucket: 'signin', limit: 10, windowMs: 10 * 60_000 },
  /**
   * new accounts across the whole site (a lecture hall of 300 signing up in the first minutes must get in;
   * a script creating thousands must not), and per client address when a trusted proxy gives one
   */
  signUp: { bucket: 'signup', limit: 1000, windowMs: 10 * 60_000, per: 'site' },
  signUpPerAddress: { bucket: 'signup-addr', limit: 10, windowMs: 60 * 60_000, per: 'address' },
  /** per user */
  run: { bucket: 'run', limit: 30, windowMs: 60_000 },
  submit: { bucket: 'submit', limit: 10, windowMs: 60_000 },
} satisfies Record<string, Limit>;

/** the limit in force for a bucket: the environment's override, or the default; null when switched off */
export function effectiveLimit(l: Limit, env: NodeJS.ProcessEnv = process.env): Limit | null {
  const raw = env[`NNLAB_RATELIMIT_${l.bucket.toUpperCase().replace(/-/g, '_')}`]?.trim();
  if (!raw) return l;
  if (raw === 'off') return null;
  const m = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(raw);
  if (!m) {
    console.warn(`[ratelimit] ignoring malformed NNLAB_RATELIMIT_${l.bucket.toUpperCase()}="${raw}" (want "<limit>/<seconds>")`);
    return l;
  }
  return { ...l, limit: Number(m[1]), windowMs: Number(m[2]) * 1000 };
}
