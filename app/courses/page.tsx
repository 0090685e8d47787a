import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { coursesFor } from '@/lib/data/courses';
import { JoinForm } from '@/components/instructor/JoinForm';
import { signInPath } from '@/components/auth/callbackUrl';

export const metadata: Metadata = { title: 'Your courses' };

/** The courses the student is in, and a join-code form. */
export default async function CoursesPage() {
  const user = await currentUser();
  if (!user) redirect(signInPath('/courses'));
  const courses = await coursesFor(user);
  return (
    <div className="page">
      <h1>Your courses</h1>
      <ul>
        {courses.map((c) => (
          <li key={c.id}>
            {c.myRole === 'instructor' ? <Link href={`/instructor/courses/${c.id}`}>{c.title}</Link> : c.title}
            {c.myRole === 'instructor' && <span className="muted"> (you teach it)</span>}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/sets">Your problem sets</Link>
      </p>
      <h2>Join a course</h2>
      <JoinForm />
    </div>
  );
}
