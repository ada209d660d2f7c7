import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadInputOptions, ReadInputResult } from '@jixiao/documents';
import { workerScript } from './worker-script.js';

/** One upload to read, as the worker receives it (copied, not shared). */
export interface ReadTask {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly options: ReadInputOptions;
}

export interface DocumentReaderLimits {
  /** Reader threads, each reading one file at a time. */
  readonly threads: number;
  /** Uploads that may wait for a thread; beyond them the pool answers `busy`. */
  readonly maxQueue: number;
  /** How long one file may take to read, counted from its start on a ready thread. */
  readonly timeoutMs: number;
  /** Each thread's V8 old-generation heap (`resourceLimits.maxOldGenerationSizeMb`). */
  readonly heapMb: number;
}

/**
 * Defaults: one core left to the request loop (2 cores → 1 reader), four waiting uploads per
 * reader. A real 自评表 or report reads in well under a second with under 100 MB of heap; a file
 * within the unpacking limits can still cost 10 s and 900 MB (150,000 paragraphs), which is what
 * the deadline and the heap cap stop.
 */
export function defaultReaderLimits(): DocumentReaderLimits {
  const threads = Math.max(1, Math.min(4, availableParallelism() - 1));
  return { threads, maxQueue: threads * 4, timeoutMs: 15_000, heapMb: 512 };
}

export type ReadRefusal = 'busy' | 'timeout' | 'outOfMemory' | 'crashed';

/** The pool could not read a file: the reason, for the caller to word; the process is unharmed. */
export class ReadRefused extends Error {
  constructor(readonly reason: ReadRefusal) {
    super(`document reading refused: ${reason}`);
    this.name = 'ReadRefused';
  }
}

interface Job {
  readonly task: ReadTask;
  readonly resolve: (result: ReadInputResult) => void;
  readonly reject: (error: ReadRefused) => void;
}

interface Reader {
  readonly worker: Worker;
  ready: boolean;
  job?: Job;
  deadline?: NodeJS.Timeout;
}

/**
 * Reads uploads in worker threads with a heap cap and a deadline each, so a file that exhausts
 * either costs its own request — the thread is terminated and replaced — and never the process.
 * Threads start on demand and stay for the next upload; a bounded queue answers `busy` rather than
 * letting uploads pile up in memory.
 */
export class DocumentReaderPool {
  private readonly readers = new Set<Reader>();
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(private readonly limits: DocumentReaderLimits) {}

  read(task: ReadTask): Promise<ReadInputResult> {
    if (this.closed || this.queue.length >= this.waitingRoom()) return Promise.reject(new ReadRefused('busy'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  /** Terminates the threads; waiting uploads are answered `busy`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new ReadRefused('busy'));
    const readers = [...this.readers];
    for (const reader of readers) this.lose(reader, 'busy');
    await Promise.all(readers.map((reader) => reader.worker.terminate()));
  }

  /** Not yet started uploads the pool takes: one per thread not reading (started or not), plus the queue. */
  private waitingRoom(): number {
    const reading = [...this.readers].filter((reader) => reader.job).length;
    return this.limits.threads - reading + this.limits.maxQueue;
  }

  private dispatch(): void {
    for (const reader of this.readers) {
      const job = reader.ready && !reader.job ? this.queue.shift() : undefined;
      if (job) this.start(reader, job);
    }
    const starting = [...this.readers].filter((reader) => !reader.ready).length;
    const wanted = Math.min(this.queue.length - starting, this.limits.threads - this.readers.size);
    for (let i = 0; i < wanted; i += 1) this.spawn();
  }

  private spawn(): void {
    const { url, execArgv } = workerScript(import.meta.url, 'document-reader.worker');
    const worker = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb }, ...(execArgv ? { execArgv } : {}) });
    // An idle reader never holds the process open (shutdown, tests).
    worker.unref();
    const reader: Reader = { worker, ready: false };
    this.readers.add(reader);
    worker.on('message', (message: 'ready' | ReadInputResult) => {
      if (message === 'ready') reader.ready = true;
      else this.finish(reader, message);
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => this.lose(reader, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'outOfMemory' : 'crashed'));
    worker.on('exit', () => this.lose(reader, 'crashed'));
  }

  private start(reader: Reader, job: Job): void {
    reader.job = job;
    reader.deadline = setTimeout(() => {
      this.lose(reader, 'timeout');
      void reader.worker.terminate();
    }, this.limits.timeoutMs);
    reader.worker.postMessage(job.task);
  }

  private finish(reader: Reader, result: ReadInputResult): void {
    clearTimeout(reader.deadline);
    const job = reader.job;
    reader.job = undefined;
    job?.resolve(result);
  }

  /** A reader gone (deadline, heap, crash, close): its upload is refused; others go on, on a fresh thread. */
  private lose(reader: Reader, reason: ReadRefusal): void {
    if (!this.readers.delete(reader)) return;
    clearTimeout(reader.deadline);
    reader.job?.reject(new ReadRefused(reason));
    // An answer racing the deadline must not reach a job already refused.
    reader.job = undefined;
    // A thread that died before it was ready will not start the next time either (a broken
    // deployment): the waiting uploads are refused rather than retried forever.
    if (!reader.ready) for (const job of this.queue.splice(0)) job.reject(new ReadRefused('crashed'));
    if (!this.closed) this.dispatch();
  }
}
