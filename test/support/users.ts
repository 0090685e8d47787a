import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Creates an account through the documented CLI (npm run users), e.g. to get an instructor. */
export function createUser(dbUrl: string, email: string, password: string, role: 'student' | 'instructor' | 'admin') {
  execFileSync(
    process.execPath,
    ['--no-node-snapshot', '--import', 'tsx', 'scripts/users.ts', 'create', '--email', email, '--password', password, '--role', role],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: dbUrl }, stdio: 'pipe' },
  );
}
