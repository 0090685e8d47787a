import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db/client';
import { LIMITS } from '@/lib/ratelimit/limits';
import { guard } from '@/lib/guard';
import { conflict } from '@/lib/http/errors';
import { hashPassword } from '@/lib/auth/password';

const signupSchema = z.object({
  email: z.string().trim().toLowerCase().email('enter a valid email address').max(254),
  password: z.string().min(8, 'use at least 8 characters').max(200, 'use at most 200 characters'),
  name: z.string().trim().min(1, 'enter your name').max(100),
});

export const POST = guard({ auth: 'public', body: signupSchema, maxBodyBytes: 4096, rateLimit: [LIMITS.signUpPerAddress, LIMITS.signUp] }, async ({ body }) => {
  const passwordHash = await hashPassword(body.password);
  try {
    const user = await db.user.create({ data: { email: body.email, name: body.name, passwordHash, role: 'student' } });
    return Response.json({ id: user.id, email: user.email, name: user.name }, { status: 201 });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      throw conflict('An account with this email already exists. Sign in instead.');
    }
    throw err;
  }
});
