'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '../api';

/** An instructor creates a course; it opens with a join code at once. */
export function CreateCourseForm() {
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const [error, setError] = useState('');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError('');
    try {
      const c = await api<{ id: string }>('/api/courses', { method: 'POST', body: { title, timeZone } });
      router.push(`/instructor/courses/${c.id}`);
    } catch (err) {
      setError((err as Error).message);
    }
  }
  return (
    <form onSubmit={submit} className="toolbar" aria-label="New course">
      <label>
        Course title <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
      </label>
      <label>
        Time zone <input value={timeZone} onChange={(e) => setTimeZone(e.target.value)} required />
      </label>
      <button type="submit">Create course</button>
      {error && <p className="error-text" role="alert">{error}</p>}
    </form>
  );
}
