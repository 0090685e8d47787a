'use client';
import { useState } from 'react';
import { api } from '../api';

/** The join code and the invitation link; a new code makes old links stop working. */
export function JoinCodeBox({ courseId, initial }: { courseId: string; initial: string | null }) {
  const [code, setCode] = useState(initial);
  const [error, setError] = useState('');
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  async function rotate(open: boolean) {
    try {
      setCode((await api<{ joinCode: string | null }>(`/api/courses/${courseId}/join-code`, { method: 'POST', body: { open } })).joinCode);
    } catch (err) {
      setError((err as Error).message);
    }
  }
  return (
    <div>
      {code ? (
        <p>
          Join code: <strong data-testid="join-code">{code}</strong> · invitation link: <code data-testid="invite-link">{`${origin}/join/${code}`}</code>
        </p>
      ) : (
        <p>Joining is closed.</p>
      )}
      <button type="button" onClick={() => rotate(true)}>
        {code ? 'New code' : 'Open joining'}
      </button>{' '}
      {code && (
        <button type="button" onClick={() => rotate(false)}>
          Close joining
        </button>
      )}
      {error && <p className="error-text">{error}</p>}
    </div>
  );
}
