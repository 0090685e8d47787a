import { db } from '../db/client';
import { Prisma } from '../../generated/prisma/client';
import { HttpError } from '../http/errors';
import { effectiveLimit, type Limit } from './limits';

/**
 * Fixed-window counters in the database (table RateLimit), so every app instance on one database counts
 * against the same limit. One row per bucket, key and window; a hit is one atomic increment. A fixed
 * window lets a client burst up to twice the limit across a window edge: acceptable here, where the goal
 * is to bound abuse, and it costs one row write per request instead of one per request per window slice.
 */
export interface HitResult {
  allowed: boolean;
  /** seconds until the window ends (what Retry-After says) */
  retryAfterS: number;
}

export async function hit(limit: Limit, key: string, now = Date.now()): Promise<HitResult> {
  const windowStart = now - (now % limit.windowMs);
  const expiresAt = new Date(windowStart + limit.windowMs);
  const id = `${limit.bucket}:${key}:${windowStart}`;
  const count = await increment(id, expiresAt);
  if (Math.random() < 0.01) void sweep(now);
  return { allowed: count <= limit.limit, retryAfterS: Math.max(1, Math.ceil((expiresAt.getTime() - now) / 1000)) };
}

async function increment(id: string, expiresAt: Date): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.rateLimit.upsert({
        where: { id },
        create: { id, count: 1, expiresAt },
        update: { count: { increment: 1 } },
        select: { count: true },
      });
      return row.count;
    } catch (err) {
      // two first hits of a window at once: both try to create the row, one loses; it then updates
      if (attempt < 2 && err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') continue;
      throw err;
    }
  }
}

async function sweep(now: number) {
  await db.rateLimit.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }).catch(() => {});
}

export function tooManyRequests(retryAfterS: number, what: string): HttpError {
  const wait = retryAfterS < 90 ? `${retryAfterS} seconds` : `${Math.ceil(retryAfterS / 60)} minutes`;
  return new HttpError(429, 'rate_limited', `Too many ${what}. Try again in ${wait}.`, { 'Retry-After': String(retryAfterS) });
}

/** counts one request against the bucket's limit for this key; throws a 429 (with Retry-After) past it */
export async function enforce(defaults: Limit, key: string, what = 'requests'): Promise<void> {
  const limit = effectiveLimit(defaults);
  if (!limit) return;
  const r = await hit(limit, key);
  if (!r.allowed) throw tooManyRequests(r.retryAfterS, what);
}
