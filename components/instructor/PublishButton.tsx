'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '../api';

export function PublishButton({ setId, published }: { setId: string; published: boolean }) {
  const router = useRouter();
  const [error, setError] = useState('');
  async function toggle() {
    try {
      await api(`/api/instructor/sets/${setId}/publish`, { method: 'POST', body: { published: !published } });
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  }
  return (
    <span>
      <button type="button" onClick={toggle}>
        {published ? 'Unpublish' : 'Publish'}
      </button>
      {error && <span className="error-text"> {error}</span>}
    </span>
  );
}
