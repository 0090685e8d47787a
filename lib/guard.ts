import { z } from 'zod';
import { hasRole, type Role } from './auth/roles';
import { HttpError, errorResponse, tooLarge, badRequest, notFound, unauthorized } from './http/errors';
import { currentUser, type SessionUser } from './session';
import { enforce } from './ratelimit/limiter';
import { trustedClientAddress } from './ratelimit/client-address';
import type { Limit } from './ratelimit/limits';

/**
 * The one guard every API route goes through (STYLE.md §10): it authenticates, authorizes, bounds and
 * validates the request, then runs the handler and turns every outcome into a clean JSON answer.
 *
 * - `auth: 'public'` lets anonymous callers in; a role demands at least that role. A caller without the
 *   role gets 404, like an object they may not see, so probing reveals nothing.
 * - The body is read with a byte limit before parsing, so an oversized body costs nothing to refuse.
 * - params and body are parsed with zod; the first problem becomes a 400 with a readable message.
 * - `rateLimit` (see lib/ratelimit/limits.ts) is counted after authentication and before the body is read,
 *   so a refused request costs one database write; past the limit the answer is 429 with Retry-After.
 */
export interface GuardOptions<P extends z.ZodType, B extends z.ZodType> {
  auth: 'public' | Role;
  params?: P;
  body?: B;
  /** body limit in bytes; default 256 KiB (code submissions are limited separately, to 100 kB) */
  maxBodyBytes?: number;
  /** one limit or several (e.g. per address and per site); see lib/ratelimit/limits.ts */
  rateLimit?: Limit | Limit[];
}

export interface GuardContext<P, B, U> {
  req: Request;
  user: U;
  params: P;
  body: B;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const DEFAULT_MAX_BODY = 256 * 1024;

export function guard<
  P extends z.ZodType = z.ZodType<Record<string, never>>,
  B extends z.ZodType = z.ZodType<undefined>,
  A extends 'public' | Role = 'public' | Role,
>(
  opts: GuardOptions<P, B> & { auth: A },
  handler: (ctx: GuardContext<z.infer<P>, z.infer<B>, A extends 'public' ? SessionUser | null : SessionUser>) => Promise<unknown>,
) {
  return async (req: Request, routeCtx: RouteContext): Promise<Response> => {
    try {
      const user = await currentUser();
      if (opts.auth !== 'public') {
        if (!user) throw unauthorized();
        if (!hasRole(user.role, opts.auth)) throw notFound();
      }
      for (const limit of [opts.rateLimit ?? []].flat()) {
        const key = rateLimitKey(limit, req, user);
        if (key) await enforce(limit, key);
      }
      const rawParams = routeCtx ? await routeCtx.params : {};
      const params = opts.params ? parse(opts.params, rawParams, 'path') : rawParams;
      const body = opts.body ? parse(opts.body, await readJson(req, opts.maxBodyBytes ?? DEFAULT_MAX_BODY), 'body') : undefined;
      const result = await handler({ req, user: user as never, params: params as never, body: body as never });
      if (result instanceof Response) return result;
      return Response.json(result ?? {}, { headers: { 'Cache-Control': 'no-store' } });
    } catch (err) {
      if (err instanceof HttpError) return errorResponse(err.status, err.code, err.message, err.headers);
      console.error('[api] unhandled error', req.method, new URL(req.url).pathname, err);
      return errorResponse(500, 'internal', 'Something went wrong on our side. Please try again.');
    }
  };
}

/** whose requests a limit counts; null = this limit does not apply (no trustworthy address known) */
function rateLimitKey(limit: Limit, req: Request, user: SessionUser | null): string | null {
  if (limit.per === 'site') return 'site';
  const address = trustedClientAddress(req);
  if (limit.per === 'address') return address && `addr:${address}`;
  return user ? `user:${user.id}` : address ? `addr:${address}` : 'anonymous';
}

function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue.path.length ? `${issue.path.join('.')}: ` : '';
  if (where === 'path') throw notFound();
  throw badRequest(`Invalid request ${where}: ${path}${issue.message}`);
}

async function readJson(req: Request, limit: number): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(`Request body is larger than ${Math.round(limit / 1024)} KiB.`);
  const type = req.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new HttpError(415, 'unsupported_media_type', 'Send JSON (Content-Type: application/json).');
  const text = await readLimited(req, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('Malformed JSON body.');
  }
}

/** reads the body but stops as soon as it passes the limit (a missing or lying Content-Length is no way around it) */
async function readLimited(req: Request, limit: number): Promise<string> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(`Request body is larger than ${Math.round(limit / 1024)} KiB.`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** zod pieces shared by routes */
export const idParam = z.object({ id: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/) });
/** 100 kB: generous for any solution here (the largest reference is a few kB), small enough to grade cheaply */
export const MAX_CODE_BYTES = 100_000;
export const codeField = z
  .string()
  .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_CODE_BYTES, { message: `code is larger than ${MAX_CODE_BYTES / 1000} kB` });
