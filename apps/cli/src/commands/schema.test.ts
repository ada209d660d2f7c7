import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/capture-io.js';

describe('jixiao schema', () => {
  it('prints the project file JSON Schema', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as Record<string, unknown>;
    expect(schema['$id']).toBe('https://jixiao.dev/schema/project-file-v1.json');
    expect(schema['type']).toBe('object');
  });

  it('writes it to --out, relative to where the user typed the command', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    const { code, stdout } = await runCli(['schema', '--out', 'project-file.schema.json'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('已写入 JSON Schema：project-file.schema.json\n');
    const written = JSON.parse(await readFile(join(dir, 'project-file.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(written['title']).toBe('Jixiao project file (项目绩效数据文件) v1');
  });

  it('says why it cannot write (exit 2)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    const { code, stderr } = await runCli(['schema', '--out', 'missing-dir/schema.json'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^错误：无法写入 missing-dir\/schema\.json：/);
  });
});
