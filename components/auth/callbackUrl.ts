/**
 * Where to go after signing in. Only a path on this site is accepted ("/exercises/x"), never
 * "https://elsewhere" or "//elsewhere": a sign-in link must not become an open redirect.
 */
export function safeCallbackUrl(raw: string | string[] | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (!v || !v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\')) return '/';
  return v;
}

export function signInPath(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;
}
