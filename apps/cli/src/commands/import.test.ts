import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SAMPLE, SEED_REPORT, runCli } from '../../test/capture-io.js';

describe('jixiao import', () => {
  it('prints the project file of a report, without a $schema that could not point anywhere', async () => {
    const { code, stdout, stderr } = await runCli(['import', SEED_REPORT]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['formatVersion', 'project', 'budget', 'evaluation']);
    expect(json['project']).toMatchObject({ name: '综治工作经费', fiscalYear: 2022, region: { code: '652300', name: '昌吉回族自治州' } });
  });

  it('writes --out, which validate and audit read back as the same project', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    const { code, stdout } = await runCli(['import', join(REPO_ROOT, SEED_REPORT), '--out', 'project.json'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^已写入项目文件：project\.json（\d+\.\d KB，28 项指标）\n$/);
    const written = await readFile(join(dir, 'project.json'), 'utf8');
    expect(written.endsWith('}\n')).toBe(true);
    expect(JSON.parse(written)).not.toHaveProperty('$schema');
    expect(await runCli(['validate', 'project.json'], dir)).toEqual({
      code: 0,
      stdout: '校验通过：project.json（28 项指标，评价体系 department-evaluation-2020）\n',
      stderr: '',
    });
    const reimported = await runCli(['audit', 'project.json', '--json'], dir);
    const original = await runCli(['audit', SEED_REPORT, '--json']);
    expect(reimported.stdout).toBe(original.stdout);
    // A second import of the written JSON gives the same file: nothing is lost or reordered.
    expect((await runCli(['import', 'project.json'], dir)).stdout).toBe(written);
  });

  it('re-emits a project file without its $schema when printing (it was relative to the input)', async () => {
    const { code, stdout } = await runCli(['import', SAMPLE]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).not.toHaveProperty('$schema');
    expect(json).toEqual({ ...(JSON.parse(await readFile(join(REPO_ROOT, SAMPLE), 'utf8')) as Record<string, unknown>), $schema: undefined });
  });

  it('says why it cannot read or write (exit 2)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    expect(await runCli(['import', 'missing.txt'], dir)).toEqual({ code: 2, stdout: '', stderr: '错误：找不到文件 missing.txt\n' });
    const unwritable = await runCli(['import', join(REPO_ROOT, SAMPLE), '--out', 'no-dir/project.json'], dir);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/^错误：无法写入 no-dir\/project\.json：/);
    expect((await runCli(['import'])).stderr).toBe('错误：缺少参数 <file>\n提示：运行 jixiao import --help 查看用法\n');
  });
});
