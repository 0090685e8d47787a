import { guard } from '@/lib/guard';
import { courseInput, coursesFor, createCourse } from '@/lib/data/courses';

/** The caller's courses (students: the ones they joined, plus the default course; staff: the ones they teach). */
export const GET = guard({ auth: 'student' }, async ({ user }) =>
  (await coursesFor(user)).map((c) => ({ id: c.id, title: c.title, description: c.description, timeZone: c.timeZone, myRole: c.myRole, joinCode: c.myRole === 'instructor' ? c.joinCode : undefined })),
);

/** An instructor creates a course (and becomes its instructor). */
export const POST = guard({ auth: 'instructor', body: courseInput }, async ({ user, body }) => {
  const c = await createCourse(user, body);
  return Response.json({ id: c.id, title: c.title, joinCode: c.joinCode }, { status: 201 });
});
