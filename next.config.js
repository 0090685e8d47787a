// @ts-check

/**
 * The Content-Security-Policy and the other security headers, on every answer.
 * - script-src needs 'unsafe-inline': the App Router streams its data in inline <script> tags, and nonces
 *   would force every page to render per request. What still holds: no script from another origin, no
 *   eval in production, no plugins, no framing, no <base> hijack.
 * - style-src 'unsafe-inline': Monaco injects <style> elements at run time and KaTeX positions glyphs with
 *   style attributes.
 * - worker-src 'self' blob: Monaco's editor and TypeScript workers are files from our own origin (see
 *   lib/monaco/environment.ts); blob: covers the worker bootstrap some Monaco builds use.
 * - font-src 'self' data: KaTeX's fonts are served by us; Monaco's codicon font may come as a data: URL.
 * - no form-action: next-auth's sign-in with OpenID Connect redirects a form post to the provider.
 * Verified in Chromium against the production build: test/integration/security.test.ts.
 */
function securityHeaders() {
  const dev = process.env.NODE_ENV !== 'production';
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
    // browsers ignore it over plain http, so it only takes effect once the site is served over https
    { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // NNLAB_DIST_DIR lets two builds coexist in one checkout (e.g. a test build next to a running server)
  distDir: process.env.NNLAB_DIST_DIR || '.next',
  poweredByHeader: false,
  // the whole repository is type-checked by `npm test` (tsc --noEmit), not only what the web build touches
  typescript: { ignoreBuildErrors: true },
  // Native or process-spawning packages stay real Node modules, loaded at run time, not bundled.
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    'pg',
    '@node-rs/argon2',
    'isolated-vm',
    'esbuild',
    'tsx',
  ],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

module.exports = nextConfig;
