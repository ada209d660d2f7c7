import { describe, expect, it } from 'vitest';
import { displayWidth } from '../render/display-width.js';
import { SAMPLE, fixture, runCli, runCliJson } from '../../test/capture-io.js';

describe('jixiao score --json', () => {
  it('gives the sample’s 20/20/30/30 card with scores computed by the rules', async () => {
    const { code, json } = await runCliJson(['score', SAMPLE, '--json']);
    expect(code).toBe(0);
    expect(json).toMatchObject({
      totalScore: 98.3,
      grade: '优',
      dimensions: [
        { id: 'decision', name: '决策', weight: 20, score: 20 },
        { id: 'process', name: '过程', weight: 20, score: 19.55 },
        { id: 'output', name: '产出', weight: 30, score: 28.75 },
        { id: 'benefit', name: '效益', weight: 30, score: 30 },
      ],
    });
    expect(Object.keys(json as object)).toEqual(['totalScore', 'grade', 'dimensions', 'indicators']);
  });

  it('lists every indicator with its rule and derivation, target and actual as written', async () => {
    const { json } = await runCliJson(['score', SAMPLE, '--json']);
    const { indicators } = json as { indicators: Record<string, unknown>[] };
    expect(indicators).toHaveLength(28);
    expect(indicators.find((i) => i['name'] === '预算执行率')).toEqual({
      id: 'process/fundManagement/预算执行率',
      level1: 'process',
      level2: 'fundManagement',
      name: '预算执行率',
      weight: 5,
      score: 4.55,
      rule: 'executionRate',
      ruleLabel: '预算执行率',
      derivation: '5 × 91.02% = 4.55（实际支出 91.02万元 ÷ 实际到位 100.00万元）',
      scored: true,
    });
    expect(indicators.find((i) => i['name'] === '宣传费')).toMatchObject({ weight: 1.25, target: '≤20万元', actual: '60.32万元', score: 0, rule: 'lowerIsBetterLinear', scored: true });
    for (const indicator of indicators) {
      expect(Object.keys(indicator)).toEqual(
        ['id', 'level1', 'level2', 'name', 'weight', 'target', 'actual', 'score', 'rule', 'ruleLabel', 'derivation', 'scored'].filter((key) => key in indicator),
      );
      expect(typeof indicator['derivation']).toBe('string');
    }
  });

  it('scores a self-evaluation project under its framework', async () => {
    const { code, json } = await runCliJson(['score', fixture('self-evaluation-errors.json'), '--json']);
    expect(code).toBe(0);
    expect(json).toMatchObject({
      totalScore: 87.5,
      grade: '良',
      dimensions: [
        { id: 'budgetExecution', weight: 10, score: 10 },
        { id: 'output', weight: 50, score: 37.5 },
        { id: 'benefit', weight: 30, score: 30 },
        { id: 'satisfaction', weight: 10, score: 10 },
      ],
    });
  });
});

describe('jixiao score', () => {
  it('prints the project header, aligned tables, and the total and grade', async () => {
    const { code, stdout, stderr } = await runCli(['score', SAMPLE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['项目：综治工作经费', '单位：昌吉州党委政法委    年度：2022', '评价体系：部门评价（决策/过程/产出/效益 20/20/30/30）（department-evaluation-2020）']);
    expect(stdout).toContain('过程       20.00  19.55');
    expect(stdout).toContain('5 × 91.02% = 4.55');
    expect(stdout.trimEnd().endsWith('总分 98.30  评级 优')).toBe(true);
    // In the indicators table every 得分 ends in the same terminal column.
    const header = lines.findIndex((line) => line.startsWith('一级  二级'));
    const rows = lines.slice(header, header + 2 + 28);
    const scoreEnds = rows.map((line) => displayWidth(line.slice(0, line.lastIndexOf('  '))));
    expect(new Set(scoreEnds.slice(2)).size).toBe(1);
  });

  it('replaces the file’s framework with --framework', async () => {
    const { code, json } = await runCliJson(['score', SAMPLE, '--json', '--framework', 'finance-evaluation-2020']);
    expect(code).toBe(0);
    expect(json).toMatchObject({ totalScore: 98.3, grade: '优' });
    const text = await runCli(['score', SAMPLE, '--framework', 'finance-evaluation-2020']);
    expect(text.stdout).toContain('（finance-evaluation-2020）');
  });

  it('rejects an unknown framework with the list of ids (exit 2)', async () => {
    const { code, stdout, stderr } = await runCli(['score', SAMPLE, '--framework', 'provincial-2024']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('未知的评价体系“provincial-2024”，可用：self-evaluation-2020、department-evaluation-2020、finance-evaluation-2020');
  });

  it('names the indicators that do not fit an overriding framework (exit 2)', async () => {
    const { code, stderr } = await runCli(['score', SAMPLE, '--framework', 'self-evaluation-2020']);
    expect(code).toBe(2);
    expect(stderr).toContain('evaluation.indicators[0].level1: 一级指标“decision”不在评价体系');
    expect(stderr).toContain('提示：已按 --framework self-evaluation-2020 替换文件中的评价体系');
  });

  it('scores an unreadable target as 0, marks it unscored and says why', async () => {
    const { code, json } = await runCliJson(['score', fixture('unreadable-target.json'), '--json']);
    expect(code).toBe(0);
    const { indicators } = json as { indicators: Record<string, unknown>[] };
    expect(indicators[1]).toMatchObject({ name: '培训班次', target: '大概两次吧', actual: '2次', score: 0, scored: false });
    expect(indicators[1]?.['derivation']).toMatch(/^未能计分：无法识别“大概两次吧”/);
    const text = await runCli(['score', fixture('unreadable-target.json')]);
    expect(text.stdout).toContain('注意：1 项指标未能计分，按 0 分计入（原因见“计分依据”）：培训班次');
    expect(text.stdout).toContain('总分 75.00  评级 中');
  });

  it('refuses a project file without an evaluation (exit 2)', async () => {
    const { code, stderr } = await runCli(['score', fixture('no-evaluation.json')]);
    expect(code).toBe(2);
    expect(stderr).toBe('错误：apps/cli/test/fixtures/no-evaluation.json 没有评价部分（evaluation），无法计分\n');
  });
});
