'use client';
/** Last resort when the root layout itself fails: it must render its own <html>. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset(): void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
        <h1>NN Lab is having trouble</h1>
        <p>The page could not be shown. Please try again in a moment.</p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>
      </body>
    </html>
  );
}
