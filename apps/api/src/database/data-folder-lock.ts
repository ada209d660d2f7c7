import { hostname } from 'node:os';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataFolderError, storageCause } from './storage-failure.js';

/** The lock file inside the PGlite folder (PostgreSQL ignores files it does not know there). */
export const LOCK_FILE = 'jixiao-api.lock';

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

export interface DataFolderLock {
  release(): Promise<void>;
}

/** Folders this process holds: a second connection in the same process is refused as well. */
const held = new Set<string>();

/**
 * Takes the data folder for this process. PGlite has no lock of its own, and two processes on one
 * folder both start and lose each other's writes; so the second one is refused here, with the
 * folder and the holder's PID. The lock records PID and host; a lock whose process is gone (killed,
 * crashed, or a container restarted under the same PID) is stale and taken over. Creating the lock
 * also proves the folder writable: a full disk or read-only folder stops the start naming the cause.
 */
export async function lockDataFolder(folder: string): Promise<DataFolderLock> {
  const path = join(folder, LOCK_FILE);
  if (held.has(path)) throw inUse(folder, path, { pid: process.pid, host: hostname(), since: '' });
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  // Written whole beside the lock, then linked into place: a lock never exists half-written.
  const draft = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(draft, `${JSON.stringify(me)}\n`, { flush: true });
    for (let attempt = 0; ; attempt += 1) {
      try {
        await link(draft, path);
        break;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EEXIST' || attempt > 0) throw error;
        const holder = await readHolder(path);
        if (holder && isAlive(holder)) throw inUse(folder, path, holder);
        await rm(path, { force: true });
      }
    }
  } catch (error) {
    if (error instanceof DataFolderError) throw error;
    const cause = storageCause(error);
    if (cause) throw new DataFolderError(folder, cause, { cause: error });
    if ((error as { code?: unknown }).code === 'EEXIST') throw inUse(folder, path, await readHolder(path));
    throw error;
  } finally {
    await rm(draft, { force: true }).catch(() => undefined);
  }
  held.add(path);
  return {
    async release() {
      held.delete(path);
      const holder = await readHolder(path);
      if (holder?.pid === me.pid && holder.host === me.host && holder.since === me.since) await rm(path, { force: true });
    },
  };
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<Holder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return undefined;
    return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? '') };
  } catch {
    // Unreadable or garbled: nobody can be shown to hold it.
    return undefined;
  }
}

/** Whether the lock's process still runs. On another host that cannot be told: assumed to. */
function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  // Our own PID, but not a folder we hold: the lock of an earlier life (a restarted container).
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

function inUse(folder: string, path: string, holder: Holder | undefined): DataFolderError {
  const who = holder ? `process ${holder.pid} on ${holder.host}${holder.since ? ` (since ${holder.since})` : ''}` : 'another process';
  return new DataFolderError(
    folder,
    `it is in use by ${who}. Two API processes must not share one PGlite folder; stop the other one, ` +
      `or use DATABASE_URL (PostgreSQL) to run several. If no such process exists, delete ${path}`,
  );
}
