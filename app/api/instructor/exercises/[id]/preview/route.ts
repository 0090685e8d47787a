import { z } from 'zod';
import { guard, idParam } from '@/lib/guard';
import { previewExercise } from '@/lib/data/instructor-preview';

/** Staff only: grade the exercise's reference and each mutant through the real grader (see instructor-preview.ts). */
export const POST = guard({ auth: 'instructor', params: idParam, body: z.object({ seed: z.number().int().min(0).max(2 ** 31).default(1) }) }, async ({ params, body }) =>
  previewExercise(params.id, body.seed),
);
