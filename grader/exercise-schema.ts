/**
 * exercise.json, validated once at load time: a broken exercise fails `nnlab validate` (and the
 * catalog sync) with a message naming the file and the field, never a student's submission.
 */
import { z } from 'zod';
import type { ExerciseMeta } from './contract';

const identifier = z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier');

export const exerciseMetaSchema = z
  .object({
    title: z.string().min(1),
    section: z.number().int().min(0).max(11),
    kind: z.enum(['code', 'quiz']),
    order: z.number().int().min(0),
    summary: z.string().min(1),
    entry: z.array(identifier).min(1).optional(),
    mutants: z
      .array(z.object({ file: z.string().regex(/^[\w.-]+$/, 'must be a file name under mutants/, without .ts'), misconception: z.string().min(1) }).strict())
      .optional(),
    limits: z
      .object({
        timeoutMs: z.number().int().min(100).max(60_000).optional(),
        memoryMb: z.number().int().min(32).max(1024).optional(),
      })
      .strict()
      .optional(),
    tags: z.array(z.string()).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.kind === 'code' && !m.entry) ctx.addIssue({ code: 'custom', path: ['entry'], message: 'a code exercise must list the functions the student exports' });
    if (m.kind === 'quiz' && m.mutants?.length) ctx.addIssue({ code: 'custom', path: ['mutants'], message: 'a quiz has no mutants' });
  });

/** Parses exercise.json's content; throws an Error whose message names the file and every bad field. */
export function parseExerciseMeta(raw: string, file: string): ExerciseMeta {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const r = exerciseMetaSchema.safeParse(data);
  if (!r.success) {
    const fields = r.error.issues.map((i) => `field "${i.path.join('.') || '(root)'}": ${i.message}`);
    throw new Error(`${file}: ${fields.join('; ')}`);
  }
  return r.data as ExerciseMeta;
}
