import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ApiError } from '../common/errors/api-error.js';
import { loadConfig } from '../config/app-config.js';
import { connectDatabase } from '../database/connect.js';
import { AdministratorExistsError, createFirstAdmin } from '../modules/users/first-admin.js';
import { assertPasswordAllowed } from '../modules/users/password-policy.js';
import { readSecret } from './read-secret.js';

/**
 * `pnpm --filter @jixiao/api admin create --username <name> [--display-name <姓名>]`: creates the
 * first administrator in the configured database (PGlite folder or DATABASE_URL, migrated first,
 * as the API does). The password comes from JIXIAO_ADMIN_PASSWORD (for provisioning scripts;
 * remove it afterwards), else a prompt without echo, else the first line of stdin; it is printed
 * nowhere. Exit 0 created, 1 an administrator exists already, 2 bad input.
 */
const USAGE = '用法：admin create --username <用户名> [--display-name <姓名>]（密码从 JIXIAO_ADMIN_PASSWORD、提示输入或标准输入读取）';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { username: { type: 'string' }, 'display-name': { type: 'string' } },
});
if (positionals[0] !== 'create' || positionals.length !== 1 || values.username === undefined) fail(2, USAGE);
const username = values.username ?? '';

const password = process.env.JIXIAO_ADMIN_PASSWORD || (await askTwice());
try {
  // Before the database opens (seconds for PGlite): a weak password is answered at once.
  assertPasswordAllowed(password, username, 'admin.password');
} catch (error) {
  process.exit(explain(error));
}
const connection = await connectDatabase(loadConfig().database);
try {
  const admin = await createFirstAdmin(connection.db, { username, displayName: values['display-name'] ?? '系统管理员', password });
  console.log(`已创建系统管理员“${admin.username}”。请用它登录仪表盘，在“用户管理”中添加其他用户。`);
} catch (error) {
  process.exitCode = explain(error);
} finally {
  await connection.close();
}

/** Prints what the operator must know and answers the exit code; anything unexpected is rethrown. */
function explain(error: unknown): number {
  if (error instanceof AdministratorExistsError) {
    console.error(`已存在系统管理员“${error.username}”：本命令只创建第一个管理员，其他账号请由管理员在“用户管理”中添加。`);
    return 1;
  }
  if (!(error instanceof ApiError)) throw error;
  const field = error.extensions.field === 'admin.password' ? '密码' : error.extensions.field === 'admin.displayName' ? '--display-name' : '--username';
  console.error(`${field}：${error.message}`);
  return 2;
}

async function askTwice(): Promise<string> {
  const first = await readSecret('新管理员的密码（至少 10 个字符，输入时不显示）：');
  if (!process.stdin.isTTY) return first;
  const again = await readSecret('再输入一次：');
  if (first !== again) fail(2, '两次输入的密码不一致');
  return first;
}

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}
