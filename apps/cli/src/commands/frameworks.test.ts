import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/capture-io.js';

describe('jixiao frameworks', () => {
  it('lists the built-in frameworks with their dimensions and weights', async () => {
    const { code, stdout } = await runCli(['frameworks']);
    expect(code).toBe(0);
    expect(stdout).toContain('self-evaluation-2020  项目支出绩效自评（财预〔2020〕10号）');
    expect(stdout).toContain('department-evaluation-2020  部门评价（决策/过程/产出/效益 20/20/30/30）');
    expect(stdout).toContain('finance-evaluation-2020');
    expect(stdout).toContain('  预算执行率  10.00  预算执行率（10.00）');
    expect(stdout).toContain('  决策      20.00  项目立项、绩效目标、资金投入');
  });

  it('takes no arguments (exit 2)', async () => {
    const { code, stderr } = await runCli(['frameworks', 'extra']);
    expect(code).toBe(2);
    expect(stderr).toBe('错误：多余的参数“extra”\n提示：运行 jixiao frameworks --help 查看用法\n');
  });
});
