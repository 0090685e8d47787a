import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="page narrow">
      <h1>Page not found</h1>
      <p>There is nothing here — the link may be old, or the exercise may no longer be available.</p>
      <p>
        <Link href="/">Back to the course</Link>
      </p>
    </div>
  );
}
