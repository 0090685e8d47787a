/**
 * The Content-Security-Policy of every answer, built per request by proxy.ts with a fresh nonce.
 * - script-src: only scripts carrying this request's nonce, and what they load ('strict-dynamic': Next's
 *   chunk loader, Monaco's lazy chunks). No 'unsafe-inline': an injected <script> or on* attribute does
 *   not run. Next adds the nonce to its own scripts when it finds it in the request's CSP header; every
 *   page already renders per request (sessions), so this costs nothing.
 * - style-src 'unsafe-inline': Monaco injects <style> elements at run time and KaTeX positions glyphs with
 *   style attributes (styles cannot run code).
 * - worker-src 'self' blob: Monaco's editor and TypeScript workers are files from our own origin (see
 *   lib/monaco/environment.ts); blob: covers the worker bootstrap some Monaco builds use.
 * - font-src 'self' data: KaTeX's fonts are served by us; Monaco's codicon font may come as a data: URL.
 * - no form-action: next-auth's sign-in with OpenID Connect redirects a form post to the provider.
 * Verified in Chromium against the production build: test/integration/security.test.ts.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // 'self' is ignored next to 'strict-dynamic' by current browsers; it stays for older ones
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
