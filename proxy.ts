import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/http/csp';

/**
 * A fresh CSP nonce for every request: passed to Next in the request's headers (Next puts it on its
 * own <script> tags) and sent to the browser in the answer's Content-Security-Policy.
 * The other security headers are static: next.config.js.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // static build files carry no HTML: no policy needed, and no per-request work on them
  matcher: ['/((?!_next/static|_next/image).*)'],
};
