import { describe, expect, it } from 'vitest';
import { SAMPLE, fixture, runCli } from '../../test/capture-io.js';

describe('jixiao validate', () => {
  it('passes the sample and a self-evaluation (exit 0)', async () => {
    expect(await runCli(['validate', SAMPLE])).toEqual({
      code: 0,
      stdout: `校验通过：${SAMPLE}（28 项指标，评价体系 department-evaluation-2020）\n`,
      stderr: '',
    });
    expect((await runCli(['validate', fixture('self-evaluation-clean.json')])).code).toBe(0);
  });

  it('checks only the format and weights, not the claimed scores', async () => {
    expect((await runCli(['validate', fixture('self-evaluation-errors.json')])).code).toBe(0);
  });

  it('passes a file without an evaluation, saying what was checked', async () => {
    const { code, stdout } = await runCli(['validate', fixture('no-evaluation.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('文件没有评价部分，只校验了项目与预算');
  });

  it('lists every weight issue (exit 2)', async () => {
    const { code, stdout, stderr } = await runCli(['validate', fixture('weights-off.json')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      '错误：apps/cli/test/fixtures/weights-off.json 校验未通过（1 处问题）：\n  evaluation.framework.dimensions[output]: “产出指标”下三级指标分值合计 45，应为 50\n',
    );
  });

  it('lists every schema issue and reports invalid JSON by line and column (exit 2)', async () => {
    const invalid = await runCli(['validate', fixture('schema-invalid.json')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('（4 处问题）');
    const broken = await runCli(['validate', fixture('broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('第 5 行第 5 列');
    expect(broken.stderr).toContain('  第 5 行 |     "fiscalYear": 2022\n                ^\n');
  });
});
