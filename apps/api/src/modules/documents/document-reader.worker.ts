import { parentPort } from 'node:worker_threads';
import { readProjectInput } from '@jixiao/documents';
import type { ReadTask } from './document-reader-pool.js';

/**
 * One reader thread of the pool (document-reader-pool.ts): reads one upload at a time and answers
 * its result. It says `ready` once its modules are loaded, so the pool's deadline measures reading,
 * not start-up.
 */
const port = parentPort;
if (!port) throw new Error('document-reader.worker runs as a worker thread of DocumentReaderPool');
port.on('message', (task: ReadTask) => {
  // readProjectInput never throws: every failure of the file is a `{ ok: false }` result.
  void readProjectInput(task.bytes, task.fileName, task.options).then((result) => port.postMessage(result));
});
port.postMessage('ready');
