#!/usr/bin/env node
// `npm run build`: build the web app now, whatever the fingerprint says.
import { loadEnv } from './lib/env.mjs';
import { buildIfNeeded } from './lib/build.mjs';

await buildIfNeeded(loadEnv({ NODE_ENV: 'production' }), { force: process.argv.includes('--force') });
