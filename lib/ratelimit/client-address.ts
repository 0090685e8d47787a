/**
 * The client's network address, only when it can be trusted. Next.js fills X-Forwarded-For with the socket
 * address only when the header is absent, so without a proxy in front a client can write any value there.
 * With NNLAB_TRUSTED_PROXIES=n (the number of reverse proxies in front, each appending the address it
 * saw), the n-th entry from the right is the one the outermost proxy saw: that one cannot be forged.
 */
export function trustedClientAddress(req: Request, env: NodeJS.ProcessEnv = process.env): string | null {
  const hops = Number(env.NNLAB_TRUSTED_PROXIES) || 0;
  if (hops < 1) return null;
  const chain = (req.headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : null;
}
