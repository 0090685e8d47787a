import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { z } from 'zod';
import { db } from '../db/client';
import { burnPasswordCheck, verifyPassword } from './password';
import { checkSignInLimit } from '../ratelimit/signin';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** Optional OpenID Connect sign-in, configured by env (all three of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET). */
function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = process.env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: 'oidc',
    name: process.env.OIDC_NAME || 'OpenID Connect',
    type: 'oauth',
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile: (p) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? p.email ?? p.sub }),
  };
}

export function oidcProviderName(): string | null {
  return oidcProvider()?.name ?? null;
}

export function authSecret(): string {
  const s = process.env.NEXTAUTH_SECRET;
  if (s) return s;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('NEXTAUTH_SECRET is not set: start the platform with `npm start`, which creates one in data/.');
  }
  return 'development-only-secret-never-used-in-production';
}

/** JWT claims we add: uid (our user id) and sv (the user's sessionVersion when the token was issued). */
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

export function authOptions(): NextAuthOptions {
  const oidc = oidcProvider();
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 14 * 24 * 3600 },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          // counted before the password check: refused guesses cost no hashing (throws past the limit)
          await checkSignInLimit(email);
          const user = await db.user.findUnique({ where: { email } });
          if (!user?.passwordHash) {
            await burnPasswordCheck(password);
            return null;
          }
          if (!(await verifyPassword(user.passwordHash, password))) return null;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== 'oidc') return true;
        const p = profile as OidcProfile | undefined;
        // only a verified email links to (or creates) an account; an unverified one could claim anyone's
        if (!p?.email || p.email_verified === false) return false;
        const email = p.email.toLowerCase();
        await db.user.upsert({ where: { email }, update: {}, create: { email, name: p.name ?? email } });
        return true;
      },
      async jwt({ token, user, account }) {
        if (user) {
          const email = (user.email ?? '').toLowerCase();
          const row =
            account?.provider === 'oidc'
              ? await db.user.findUnique({ where: { email } })
              : await db.user.findUnique({ where: { id: user.id } });
          if (row) {
            token.uid = row.id;
            token.sv = row.sessionVersion;
            token.email = row.email;
            token.name = row.name;
          }
        }
        return token;
      },
      async session({ session, token }) {
        // the session only carries the id; role and revocation are read from the database per request
        return { ...session, user: { ...session.user, id: token.uid, sv: token.sv } } as typeof session;
      },
    },
  };
}
