import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { JoinForm } from '@/components/instructor/JoinForm';
import { signInPath } from '@/components/auth/callbackUrl';

export const metadata: Metadata = { title: 'Join a course' };

/** The invitation link: sign in (or sign up) first, then confirm joining with the code filled in. */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const safe = code.replace(/[^A-Za-z0-9]/g, '').slice(0, 32);
  const user = await currentUser();
  if (!user) redirect(signInPath(`/join/${safe}`));
  return (
    <div className="page">
      <h1>Join a course</h1>
      <p>You were invited to a course on NN Lab. Join it to see its problem sets and deadlines.</p>
      <JoinForm initialCode={safe} />
    </div>
  );
}
