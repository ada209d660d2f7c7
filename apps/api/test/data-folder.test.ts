import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectDatabase } from '../src/database/connect.js';
import { LOCK_FILE, lockDataFolder } from '../src/database/data-folder-lock.js';

const TSX = createRequire(import.meta.url).resolve('tsx');
const HOLDER = new URL('./support/hold-data-folder.ts', import.meta.url).pathname;

/** Another process holding the folder, as a second `pnpm start` would. */
async function holdInAnotherProcess(folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', TSX, HOLDER, folder], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => (chunk.toString().includes('locked') ? resolve() : undefined));
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

/** A small file system of its own (root only, as CI runs): full or read-only on demand. */
function mountTmpfs(folder: string, options: string): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', folder]);
}

describe('the PGlite data folder', () => {
  const folders: string[] = [];
  const mounted: string[] = [];
  const children: ChildProcess[] = [];
  const folder = async () => {
    const created = await mkdtemp(join(tmpdir(), 'jixiao-data-'));
    folders.push(created);
    return created;
  };

  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    for (const point of mounted.splice(0)) execFileSync('umount', [point]);
  });
  afterAll(async () => {
    for (const created of folders) await rm(created, { recursive: true, force: true });
  });

  it('refuses a second process on the same folder, naming the folder and the holder', async () => {
    const dir = await folder();
    const holder = await holdInAnotherProcess(dir);
    children.push(holder);
    const refused = connectDatabase({ kind: 'pglite', dataDir: dir });
    await expect(refused).rejects.toThrow(dir);
    await expect(refused).rejects.toThrow(`process ${holder.pid}`);
  });

  it('refuses a second connection in the same process, and opens again once the first is closed', async () => {
    const dir = await folder();
    const first = await connectDatabase({ kind: 'pglite', dataDir: dir });
    await expect(connectDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(/in use by process/);
    await first.close();
    const again = await connectDatabase({ kind: 'pglite', dataDir: dir });
    await again.close();
  }, 60_000);

  it('takes over the lock of a killed process', async () => {
    const dir = await folder();
    const holder = await holdInAnotherProcess(dir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: holder.pid });
    const lock = await lockDataFolder(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('takes over a garbled lock, which no live process can have written (locks are linked in whole)', async () => {
    const dir = await folder();
    await writeFile(join(dir, LOCK_FILE), '{"pi');
    const lock = await lockDataFolder(dir);
    await lock.release();
  });

  it('stops on a read-only folder, saying so and naming it', async () => {
    const dir = await folder();
    mountTmpfs(dir, 'ro,size=1m');
    mounted.push(dir);
    await expect(connectDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(new RegExp(`${dir} cannot be used: it is on a read-only file system`));
  });

  it('stops on a full disk, saying so and naming the folder', async () => {
    const dir = await folder();
    mountTmpfs(dir, 'size=64k');
    mounted.push(dir);
    // Fill it up: a file as large as the file system allows.
    await writeFile(join(dir, 'filler'), Buffer.alloc(256 * 1024)).catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== 'ENOSPC') throw error;
    });
    await expect(connectDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(new RegExp(`${dir} cannot be used: the disk holding it is full`));
  });
});
