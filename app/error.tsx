'use client';
/** Any error while rendering a page: a calm message and a retry, never a stack trace. */
import Link from 'next/link';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset(): void }) {
  return (
    <div className="page narrow">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Your code and drafts are saved on the server; nothing is lost.</p>
      {error.digest && <p className="muted small">Reference for the staff: {error.digest}</p>}
      <p className="toolbar">
        <button type="button" className="primary" onClick={() => reset()}>
          Try again
        </button>
        <Link href="/">Back to the course</Link>
      </p>
    </div>
  );
}
