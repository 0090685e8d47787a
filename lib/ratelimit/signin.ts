import { hit } from './limiter';
import { effectiveLimit, LIMITS } from './limits';

/**
 * The sign-in limit. It is counted inside next-auth's credentials `authorize` (lib/auth/options.ts), the
 * one place every password check goes through, per account (email), whatever the outcome. next-auth turns
 * an error thrown there into `?error=<message>` on its answer, so the refusal travels as
 * "TooManyAttempts:<seconds>" and `withSignInStatus` below turns that answer into a 429 with Retry-After.
 */
export const SIGNIN_LIMITED = 'TooManyAttempts';

export async function checkSignInLimit(email: string): Promise<void> {
  const limit = effectiveLimit(LIMITS.signIn);
  if (!limit) return;
  const r = await hit(limit, `email:${email}`);
  if (!r.allowed) throw new Error(`${SIGNIN_LIMITED}:${r.retryAfterS}`);
}

type Handler = (req: Request, ctx: unknown) => Promise<Response>;

/**
 * Wraps next-auth's route handler: a credentials sign-in refused by the limit answers 429 + Retry-After
 * (the JSON body keeps next-auth's `url`, so its client-side signIn() still reads the error from it).
 * Browser form posts without JavaScript keep next-auth's redirect to the sign-in page.
 */
export function withSignInStatus(handler: Handler): Handler {
  return async (req, ctx) => {
    const res = await handler(req, ctx);
    if (req.method !== 'POST' || !res.headers.get('content-type')?.includes('application/json')) return res;
    const body = await res.clone().json().catch(() => null);
    const url = typeof body?.url === 'string' ? body.url : '';
    const m = new RegExp(`[?&]error=${SIGNIN_LIMITED}(?:%3A|:)(\\d+)`).exec(url);
    if (!m) return res;
    const headers = new Headers(res.headers);
    headers.set('Retry-After', m[1]);
    headers.set('Cache-Control', 'no-store');
    headers.delete('content-length');
    const message = `Too many sign-in attempts for this account. Try again in ${Math.ceil(Number(m[1]) / 60)} minutes.`;
    return new Response(JSON.stringify({ ...body, error: { code: 'rate_limited', message } }), { status: 429, headers });
  };
}
