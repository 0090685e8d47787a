import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { SignUpForm } from '@/components/auth/SignUpForm';

export const metadata: Metadata = { title: 'Sign up' };

export default async function SignUpPage() {
  if (await currentUser()) redirect('/');
  return (
    <div className="page narrow">
      <h1>Create your account</h1>
      <SignUpForm />
      <p>
        Already have an account? <Link href="/signin">Sign in</Link>.
      </p>
    </div>
  );
}
