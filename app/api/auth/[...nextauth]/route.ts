import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { withSignInStatus } from '@/lib/ratelimit/signin';

const handler = withSignInStatus((req: Request, ctx: unknown) => NextAuth(req as never, ctx as never, authOptions()));

export { handler as GET, handler as POST };
