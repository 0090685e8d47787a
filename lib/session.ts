import { getServerSession } from 'next-auth';
import { db } from './db/client';
import { authOptions } from './auth/options';
import { isRole, type Role } from './auth/roles';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user, read fresh from the database on every request: a role change or a revocation
 * (sessionVersion bumped) takes effect at once, even though the session itself is a JWT.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: string; sv?: number } | undefined;
  if (!claims?.id) return null;
  const user = await db.user.findUnique({ where: { id: claims.id } });
  if (!user || user.sessionVersion !== (claims.sv ?? 0) || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
