#!/usr/bin/env node
// nnlab: starts grader/cli.ts under tsx, with --no-node-snapshot (isolated-vm on Node >= 20 wants it).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = pathToFileURL(createRequire(path.join(root, 'package.json')).resolve('tsx')).href;
const child = spawn(process.execPath, ['--no-node-snapshot', '--import', tsx, path.join(root, 'grader', 'cli.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 2 : 0)));
