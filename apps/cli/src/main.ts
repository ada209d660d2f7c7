#!/usr/bin/env node
import { nodeIo } from './cli-io.js';
import { run } from './run.js';

// Ignore EPIPE so `jixiao score … | head` ends quietly instead of with an unhandled error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// exitCode instead of process.exit(): let the pending stdout writes of a long table flush.
process.exitCode = await run(process.argv.slice(2), nodeIo());
