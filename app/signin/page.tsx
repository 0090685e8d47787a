import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { oidcProviderName } from '@/lib/auth/options';
import { SignInForm } from '@/components/auth/SignInForm';
import { safeCallbackUrl } from '@/components/auth/callbackUrl';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackUrl(sp.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="page narrow">
      <h1>Sign in</h1>
      <SignInForm oidcName={oidcProviderName()} callbackUrl={callbackUrl} initialError={typeof sp.error === 'string' ? sp.error : null} />
      <p>
        New here? <Link href="/signup">Create an account</Link>.
      </p>
    </div>
  );
}
