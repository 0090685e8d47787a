import { db } from '@/lib/db/client';

/** Liveness for scripts and load balancers: the database answers. */
export async function GET() {
  try {
    await db.$queryRawUnsafe('SELECT 1');
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
