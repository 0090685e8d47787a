'use client';
/** Create an account (POST /api/signup), then sign straight in with the same credentials. */
import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { api } from '../api';

export function SignUpForm() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('/api/signup', { method: 'POST', body: { email, password, name } });
      const res = await signIn('credentials', { email, password, redirect: false });
      if (!res?.ok || res.error) {
        setError('Your account was created, but signing in failed. Try signing in.');
        return;
      }
      window.location.assign('/');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="auth-box">
      <form onSubmit={onSubmit} aria-label="Sign up">
        <label>
          Name
          <input type="text" name="name" autoComplete="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Email
          <input type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={8}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby="password-rule"
          />
        </label>
        <p id="password-rule" className="muted small">
          At least 8 characters.
        </p>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Sign up'}
        </button>
      </form>
    </div>
  );
}
