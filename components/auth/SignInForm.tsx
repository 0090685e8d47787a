'use client';
/** Email + password sign-in through next-auth's credentials provider, plus the optional OIDC button. */
import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';

// next-auth's error codes (…/signin?error=X) in words a student understands.
const ERRORS: Record<string, string> = {
  CredentialsSignin: 'That email and password do not match an account.',
  OAuthSignin: 'Could not start sign-in with the identity provider. Try again.',
  OAuthCallback: 'The identity provider did not complete the sign-in. Try again.',
  OAuthAccountNotLinked: 'This email is already registered with a password. Sign in with your password.',
  AccessDenied: 'Access denied.',
  SessionRequired: 'Sign in to see that page.',
};

export function SignInForm({ oidcName, callbackUrl, initialError }: { oidcName: string | null; callbackUrl: string; initialError?: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(initialError ? (ERRORS[initialError] ?? 'Sign-in failed. Try again.') : null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await signIn('credentials', { email, password, redirect: false });
      if (!res || res.error || !res.ok) {
        setError(ERRORS[res?.error ?? ''] ?? (res?.status === 429 ? 'Too many attempts. Wait a minute and try again.' : ERRORS.CredentialsSignin));
        return;
      }
      // A full navigation, so every server component renders with the new session.
      window.location.assign(callbackUrl);
    } catch {
      setError('Could not reach NN Lab. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="auth-box">
      <form onSubmit={onSubmit} aria-label="Sign in">
        <label>
          Email
          <input type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {oidcName && (
        <div className="oidc">
          <p className="muted">or</p>
          <button type="button" onClick={() => void signIn('oidc', { callbackUrl })}>
            Sign in with {oidcName}
          </button>
        </div>
      )}
    </div>
  );
}
