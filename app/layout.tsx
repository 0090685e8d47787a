import type { Metadata } from 'next';
import type { ReactNode } from 'react';
// KaTeX's stylesheet and fonts, bundled and served by Next from our own origin (no CDN).
import 'katex/dist/katex.min.css';
import './globals.css';
import { currentUser } from '@/lib/session';
import { TopBar } from '@/components/layout/TopBar';

// Every page shows who is signed in, so nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'NN Lab', template: '%s · NN Lab' },
  description: 'Learn how fully-connected neural networks work by writing them: auto-graded exercises and quizzes.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <TopBar user={user} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
