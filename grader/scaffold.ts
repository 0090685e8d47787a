/** `nnlab new <id>`: scaffolds an exercise folder in the contract's format (issue 5). */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function scaffoldExercise(exercisesDir: string, argv: string[]): Promise<number> {
  console.error('nnlab new: not implemented yet');
  return 2;
}
