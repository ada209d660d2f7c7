import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/test-app.js';

const API_ROOT = fileURLToPath(new URL('..', import.meta.url));
const PASSWORD = 'Changji-finance-2026';

interface Run {
  readonly code: number | null;
  readonly output: string;
}

/** `admin create …` as an operator runs it, with the password on stdin (or in the environment). */
function admin(dataDir: string, args: string[], stdin: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/admin.ts', ...args], {
      cwd: API_ROOT,
      env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir, NODE_ENV: 'production', JWT_SECRET: 'test-secret-test-secret-test-secret!', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
    child.stdin.end(stdin);
  });
}

describe('admin create (the first administrator)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-admin-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses weak passwords and bad usage, naming what is wrong, and writes nothing', async () => {
    const data = join(dir, 'pglite');
    const short = await admin(data, ['create', '--username', 'li.wei'], 'short\n');
    expect(short).toMatchObject({ code: 2 });
    expect(short.output).toContain('密码：密码至少需要 10 个字符');
    const common = await admin(data, ['create', '--username', 'li.wei'], 'qwertyuiop\n');
    expect(common.output).toContain('密码：该密码过于常见');
    const usage = await admin(data, ['create'], '');
    expect(usage.code).toBe(2);
    expect(usage.output).toContain('用法：admin create --username');
  }, 60_000);

  it('creates the administrator once, prints no password, and the API signs them in (production, no demo users)', async () => {
    const data = join(dir, 'pglite');
    const created = await admin(data, ['create', '--username', 'li.wei', '--display-name', '李伟'], `${PASSWORD}\n`);
    expect(created.output).toContain('已创建系统管理员“li.wei”');
    expect(created.code).toBe(0);
    expect(created.output).not.toContain(PASSWORD);

    const again = await admin(data, ['create', '--username', 'zhang.min'], '', { JIXIAO_ADMIN_PASSWORD: 'Another-long-passphrase' });
    expect(again.code).toBe(1);
    expect(again.output).toContain('已存在系统管理员“li.wei”');

    const app = await startTestApp({ database: { kind: 'pglite', dataDir: data }, env: { NODE_ENV: 'production', DEMO_DATA: '' } });
    try {
      const login = await app.gql<{ login: { user: { username: string; role: string; mustChangePassword: boolean } } }>(
        'mutation($p: String!) { login(input: { username: "li.wei", password: $p }) { user { username role mustChangePassword } } }',
        { p: PASSWORD },
      );
      expect(login.data?.login.user).toEqual({ username: 'li.wei', role: 'admin', mustChangePassword: false });
      const zhang = await app.gql('mutation { login(input: { username: "zhang.min", password: "Another-long-passphrase" }) { accessToken } }');
      expect(zhang.errors?.[0]?.extensions?.reason).toBe('invalidCredentials');
    } finally {
      await app.close();
    }
  }, 90_000);
});
