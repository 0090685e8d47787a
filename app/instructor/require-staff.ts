import { notFound, redirect } from 'next/navigation';
import { currentUser, type SessionUser } from '@/lib/session';
import { hasRole } from '@/lib/auth/roles';
import { HttpError } from '@/lib/http/errors';
import { signInPath } from '@/components/auth/callbackUrl';

/** For staff pages: sign-in first, then anyone who is not staff sees the ordinary not-found page. */
export async function requireStaff(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(returnTo));
  if (!hasRole(user.role, 'instructor')) notFound();
  return user;
}

/** Runs a data-layer call; its 404 (a course or set the caller may not see) becomes the not-found page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof HttpError && err.status === 404) notFound();
    throw err;
  }
}
