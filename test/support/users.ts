import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Creates an account through the documented CLI (npm run users), e.g. to get an instructor. Staff are made
 * instructors of the default course (every student is in it) unless `course` says otherwise ('none').
 */
export function createUser(dbUrl: string, email: string, password: string, role: 'student' | 'instructor' | 'admin', course?: string) {
  execFileSync(
    process.execPath,
    ['--no-node-snapshot', '--import', 'tsx', 'scripts/users.ts', 'create', '--email', email, '--password', password, '--role', role, ...(course ? ['--course', course] : [])],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: dbUrl }, stdio: 'pipe' },
  );
}
