'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '../api';

/** A student joins a course with a code (prefilled when they came through an invitation link). */
export function JoinForm({ initialCode = '' }: { initialCode?: string }) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError('');
    try {
      const c = await api<{ title: string }>('/api/courses/join', { method: 'POST', body: { code } });
      setMessage(`You joined ${c.title}.`);
      router.push('/sets');
    } catch (err) {
      setError((err as Error).message);
    }
  }
  return (
    <form onSubmit={submit} className="toolbar" aria-label="Join a course">
      <label>
        Join code <input value={code} onChange={(e) => setCode(e.target.value)} required minLength={4} maxLength={32} autoCapitalize="characters" />
      </label>
      <button type="submit">Join course</button>
      {message && <p role="status">{message}</p>}
      {error && <p className="error-text" role="alert">{error}</p>}
    </form>
  );
}
