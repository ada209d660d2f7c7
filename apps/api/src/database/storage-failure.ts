/** File-system errors that mean the data folder cannot be written, in plain words for the log. */
const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk holding it is full (no space left on device)',
  EDQUOT: 'the disk quota of this user is exhausted',
  EROFS: 'it is on a read-only file system',
  EACCES: 'this process has no permission to write in it',
  EPERM: 'this process is not permitted to write in it',
  ENOTDIR: 'its path runs through something that is not a folder',
};

/** PostgreSQL's SQLSTATEs for the same causes, as PGlite or a server report them on a write. */
const SQLSTATES: Readonly<Record<string, string>> = {
  '53100': 'the disk holding the database is full (SQLSTATE 53100 disk_full)',
  '25006': 'the database is read-only (SQLSTATE 25006)',
};

/** Why a storage error happened, in plain words; undefined for an error that is not about storage. */
export function storageCause(error: unknown): string | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string' && CAUSES[code]) return `${CAUSES[code]} (${code})`;
    if (typeof code === 'string' && SQLSTATES[code]) return SQLSTATES[code];
    if (/No space left on device/i.test(current.message)) return `${CAUSES.ENOSPC} (${current.message})`;
    if (/Read-only file system/i.test(current.message)) return `${CAUSES.EROFS} (${current.message})`;
  }
  return undefined;
}

/** The error to stop on when the data folder cannot be used: names the folder, the cause and the remedy. */
export class DataFolderError extends Error {
  constructor(folder: string, cause: string, options?: { cause?: unknown }) {
    super(`The database folder ${folder} cannot be used: ${cause}.`, options);
    this.name = 'DataFolderError';
  }
}
