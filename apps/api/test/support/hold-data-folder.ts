// Holds a PGlite data folder's lock in a process of its own, as a second API process would.
import { lockDataFolder } from '../../src/database/data-folder-lock.js';

const folder = process.argv[2];
if (!folder) throw new Error('usage: hold-data-folder.ts <folder>');
await lockDataFolder(folder);
process.stdout.write('locked\n');
setInterval(() => undefined, 60_000);
