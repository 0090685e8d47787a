// @ts-check

/**
 * The static security headers, on every answer. The Content-Security-Policy carries a fresh nonce per
 * request, so proxy.ts sets it (lib/http/csp.ts explains each directive).
 */
function securityHeaders() {
  return [
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
