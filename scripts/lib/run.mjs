import { spawn } from 'node:child_process';
import { ROOT } from './env.mjs';

/** Runs a command to completion with inherited output; rejects with a readable message on failure. */
export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})\n${out}`)),
    );
  });
}

export const node = (args, opts) => run(process.execPath, args, opts);
export const tsx = (script, args = [], opts) => node(['--no-node-snapshot', '--import', 'tsx', script, ...args], opts);
