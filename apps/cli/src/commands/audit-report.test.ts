import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SAMPLE, SEED_REPORT, runCli, runCliJson } from '../../test/capture-io.js';

interface AuditOutput {
  findings: { code: string; path: string; claimed?: unknown; computed?: unknown }[];
  claimed: unknown;
  recomputed: unknown;
  unplaced: { text: string; reason: string; where?: string }[];
}

async function auditJson(argv: readonly string[], cwd?: string): Promise<{ code: number; json: AuditOutput; stderr: string }> {
  const result = await runCli(['audit', ...argv, '--json'], cwd);
  return { code: result.code, json: JSON.parse(result.stdout) as AuditOutput, stderr: result.stderr };
}

const essentials = (json: AuditOutput) => json.findings.map((f) => [f.code, f.path, f.claimed, f.computed]);

/** The seed report's text, changed by `edit`, saved in a fresh folder. */
async function editedReport(edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
  const path = join(dir, 'report.txt');
  await writeFile(path, edit(await readFile(join(REPO_ROOT, SEED_REPORT), 'utf8')));
  return path;
}

describe('jixiao audit <report.txt>', () => {
  it('reports the same findings as auditing the hand-made JSON of the same project', async () => {
    const report = await auditJson([SEED_REPORT]);
    const sample = await auditJson([SAMPLE]);
    expect(report.code).toBe(1);
    expect(essentials(report.json)).toEqual(essentials(sample.json));
    expect(report.json.findings.length).toBeGreaterThan(0);
    expect(report.json.recomputed).toEqual(sample.json.recomputed);
    expect(report.json.unplaced).toEqual([]);
    expect(report.stderr).toBe('');
  });

  it('reads the claimed dimension scores, total 98.66 and grade 优秀', async () => {
    const { json } = await auditJson([SEED_REPORT]);
    expect(json.claimed).toEqual({
      totalScore: 98.66,
      grade: '优秀',
      dimensions: [
        { id: 'decision', name: '决策', score: 20 },
        { id: 'process', name: '过程', score: 19.56 },
        { id: 'output', name: '产出', score: 29.1 },
        { id: 'benefit', name: '效益', score: 30 },
      ],
    });
  });

  it('reads the budget 100 / 100 / 91.02万元 and the expense breakdown', async () => {
    const { code, stdout } = await runCli(['import', SEED_REPORT]);
    expect(code).toBe(0);
    const { budget } = JSON.parse(stdout) as { budget: { lines: { budgetAmount: string; receivedAmount: string }[]; spentAmount: string; expenses: unknown[] } };
    const sum = (key: 'budgetAmount' | 'receivedAmount') => budget.lines.reduce((total, line) => total + Number(line[key]), 0);
    expect([sum('budgetAmount'), sum('receivedAmount'), Number(budget.spentAmount)]).toEqual([1_000_000, 1_000_000, 910_200]);
    expect(budget.expenses).toContainEqual({ category: '宣传费', amount: '603200' });
  });

  it('lists statements it could not place on stderr and in --json, never dropping them', async () => {
    const path = await editedReport((text) => text.replace('“办公费”指标，预期指标值为“≤6万元”；', '$&“会议费”指标，预期指标值为“≤2万元”；'));
    const { code, json, stderr } = await auditJson([path]);
    expect(code).toBe(1);
    expect(json.unplaced).toEqual([{ text: expect.stringContaining('会议费') as string, reason: '只有预期指标值，未找到完成情况与得分' }]);
    expect(stderr).toMatch(/^警告：.*report\.txt 中有 1 处内容未能读入项目（未参与计分与审计）：\n {2}1\. “.*会议费.*”：只有预期指标值，未找到完成情况与得分\n$/);
    const score = await runCli(['score', path]);
    expect(score.code).toBe(0);
    expect(score.stderr).toContain('会议费');
  });

  it('audits a report that does not name its region without asking; --region-code/--region-name and --fiscal-year are recorded when given', async () => {
    const path = await editedReport((text) => text.replaceAll('昌吉回族自治州', '某州').replaceAll('昌吉州', '某州').replaceAll('昌吉', '某地'));
    const audited = await runCli(['audit', path]);
    expect(audited.code).toBe(1);
    expect(audited.stderr).not.toContain('地区');
    const withoutRegion = await runCli(['import', path]);
    expect(JSON.parse(withoutRegion.stdout)).not.toHaveProperty('project.region');
    const year = await runCli(['import', path, '--fiscal-year', '2023']);
    expect(JSON.parse(year.stdout)).toMatchObject({ project: { fiscalYear: 2023 } });
    expect(await runCli(['audit', path, '--fiscal-year', '二〇二二'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--fiscal-year 应为四位年份') as string });
    const given = await runCli(['import', path, '--region-code', '654000', '--region-name', '伊犁哈萨克自治州']);
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout)).toMatchObject({ project: { region: { code: '654000', name: '伊犁哈萨克自治州' } } });
    const half = await runCli(['audit', path, '--region-code', '654000']);
    expect(half).toMatchObject({ code: 2, stderr: '错误：--region-code 与 --region-name 须同时给出\n提示：运行 jixiao audit --help 查看用法\n' });
  });

  it('refuses a region for a .json project file, which names its own (exit 2)', async () => {
    const { code, stderr } = await runCli(['validate', SAMPLE, '--region-code', '652300', '--region-name', '昌吉回族自治州']);
    expect(code).toBe(2);
    expect(stderr).toContain('只用于评价报告和自评表');
  });

  it('validates and scores a report like a project file', async () => {
    expect(await runCli(['validate', SEED_REPORT])).toEqual({
      code: 0,
      stdout: `校验通过：${SEED_REPORT}（28 项指标，评价体系 department-evaluation-2020）\n`,
      stderr: '',
    });
    const score = await runCliJson(['score', SEED_REPORT, '--json']);
    const sample = await runCliJson(['score', SAMPLE, '--json']);
    expect(score).toMatchObject({ code: 0, json: { totalScore: 98.3, grade: '优' } });
    expect((score.json as { indicators: unknown[] }).indicators).toHaveLength((sample.json as { indicators: unknown[] }).indicators.length);
  });
});
