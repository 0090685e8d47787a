/**
 * Account administration from the command line (the documented way to create the first instructor/admin):
 *
 *   npm run users -- create --email a@b.c --password '…' --name 'Ada' --role instructor [--course fc-nn|none]
 *     (an instructor is made staff of a course, by default the course every student is in)
 *   npm run users -- set-role --email a@b.c --role admin
 *   npm run users -- revoke-sessions --email a@b.c
 *   npm run users -- ensure-admin        (reads NNLAB_ADMIN_EMAIL / NNLAB_ADMIN_PASSWORD; npm start runs it)
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { db } from '../lib/db/client';
import { hashPassword } from '../lib/auth/password';
import { ROLES } from '../lib/auth/roles';

const email = z.string().trim().toLowerCase().email();
const role = z.enum(ROLES);

/** Enrols a staff account as instructor of a course (by slug); 'none' skips it. */
async function makeStaff(userId: string, slug: string) {
  if (slug === 'none') return;
  const course = await db.course.findUnique({ where: { slug } });
  if (!course) {
    console.log(`(no course "${slug}" yet: start the platform once, then run set-role with --course ${slug})`);
    return;
  }
  await db.enrollment.upsert({
    where: { userId_courseId: { userId, courseId: course.id } },
    update: { role: 'instructor' },
    create: { userId, courseId: course.id, role: 'instructor' },
  });
  console.log(`… and instructor of the course "${course.title}" (${slug})`);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, course: { type: 'string' } },
  });
  switch (command) {
    case 'create': {
      const e = email.parse(values.email);
      const r = role.parse(values.role ?? 'student');
      const pw = z.string().min(8, 'password: at least 8 characters').parse(values.password);
      const user = await db.user.create({ data: { email: e, name: values.name ?? e, role: r, passwordHash: await hashPassword(pw) } });
      console.log(`created ${user.email} (${user.role})`);
      if (r !== 'student') await makeStaff(user.id, values.course ?? 'fc-nn');
      return;
    }
    case 'set-role': {
      const user = await db.user.update({ where: { email: email.parse(values.email) }, data: { role: role.parse(values.role) } });
      console.log(`${user.email} is now ${user.role}`);
      if (user.role !== 'student' && values.course) await makeStaff(user.id, values.course);
      return;
    }
    case 'revoke-sessions': {
      const user = await db.user.update({ where: { email: email.parse(values.email) }, data: { sessionVersion: { increment: 1 } } });
      console.log(`every session of ${user.email} is revoked`);
      return;
    }
    case 'ensure-admin': {
      const e = email.parse(process.env.NNLAB_ADMIN_EMAIL);
      const pw = z.string().min(8).parse(process.env.NNLAB_ADMIN_PASSWORD);
      await db.user.upsert({
        where: { email: e },
        update: { role: 'admin' },
        create: { email: e, name: 'Administrator', role: 'admin', passwordHash: await hashPassword(pw) },
      });
      console.log(`nnlab: admin account ${e} is ready`);
      return;
    }
    default:
      console.error('usage: npm run users -- create|set-role|revoke-sessions|ensure-admin [--email E] [--password P] [--name N] [--role student|instructor|admin]');
      process.exitCode = 2;
  }
}

main()
  .catch((err) => {
    console.error(err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('\n') : String(err.message ?? err));
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
