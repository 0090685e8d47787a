/** The bar on every page: the app name, where to go, who is signed in. Server component. */
import Link from 'next/link';
import type { SessionUser } from '@/lib/session';
import { SignOutButton } from '../auth/SignOutButton';

export function TopBar({ user }: { user: SessionUser | null }) {
  return (
    <header className="topbar">
      <nav aria-label="Main">
        <Link href="/" className="brand">
          NN Lab
        </Link>
        {user && (
          <>
            <Link href="/">Course</Link>
            <Link href="/sets">Problem sets</Link>
            <Link href="/courses">Courses</Link>
            <Link href="/progress">Progress</Link>
            {(user.role === 'instructor' || user.role === 'admin') && <Link href="/instructor">Instructor</Link>}
          </>
        )}
      </nav>
      <div className="topbar-user">
        {user ? (
          <>
            <span className="user-name" title={user.email}>
              {user.name}
            </span>
            <SignOutButton />
          </>
        ) : (
          <>
            <Link href="/signin">Sign in</Link>
            <Link href="/signup" className="button-link">
              Sign up
            </Link>
          </>
        )}
      </div>
    </header>
  );
}
