import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE, fixture, runCli, runCliJson } from '../../test/capture-io.js';

interface AuditOutput {
  findings: { code: string; severity: string; message: string; path: string; claimed?: unknown; computed?: unknown }[];
  claimed: unknown;
  recomputed: unknown;
  unplaced: unknown[];
}

async function auditJson(file: string): Promise<{ code: number; json: AuditOutput }> {
  const { code, json } = await runCliJson(['audit', file, '--json']);
  return { code, json: json as AuditOutput };
}

describe('jixiao audit --json on the sample', () => {
  it('exits 1: the report has error findings', async () => {
    expect((await auditJson(SAMPLE)).code).toBe(1);
  });

  it('reports the 预算执行率 score claimed 4.56 where the rule gives 4.55', async () => {
    const { json } = await auditJson(SAMPLE);
    expect(json.findings.find((f) => f.path === 'evaluation.indicators[7].claimed.score')).toEqual({
      code: 'score.mismatch',
      severity: 'error',
      message: '“预算执行率”自评得分 4.56，按“预算执行率”应为 4.55（5 × 91.02% = 4.55（实际支出 91.02万元 ÷ 实际到位 100.00万元））',
      path: 'evaluation.indicators[7].claimed.score',
      claimed: 4.56,
      computed: 4.55,
    });
  });

  it('recomputes the claimed total, keeps amounts in 元 exact, and texts as texts', async () => {
    const { json } = await auditJson(SAMPLE);
    const find = (code: string) => json.findings.find((f) => f.code === code);
    expect(find('total.mismatch')).toMatchObject({ severity: 'error', claimed: 98.66, computed: 98.3 });
    expect(find('budget.costActualsSum')).toMatchObject({ severity: 'error', claimed: 918200, computed: 910200 });
    expect(find('monitoring.scoreRateOverExecution')).toMatchObject({ claimed: 0.9792, computed: 0.9102 });
    const publicity = json.findings.find((f) => f.code === 'statement.contradicts' && f.message.includes('宣传费'));
    expect(publicity).toMatchObject({ claimed: '与预期目标一致', computed: '60.32万元' });
    // Absent values are omitted, never null.
    expect(find('score.fullMarksWithoutEvidence')).not.toHaveProperty('computed');
    for (const finding of json.findings) expect(Object.values(finding)).not.toContain(null);
  });

  it('lists errors first and carries claimed and recomputed summaries', async () => {
    const { json } = await auditJson(SAMPLE);
    expect(Object.keys(json)).toEqual(['findings', 'claimed', 'recomputed', 'unplaced']);
    expect(json.unplaced).toEqual([]);
    const severities = json.findings.map((f) => f.severity);
    expect(severities.slice(0, severities.lastIndexOf('error') + 1).every((s) => s === 'error')).toBe(true);
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
    expect(json.recomputed).toEqual({
      totalScore: 98.3,
      grade: '优',
      dimensions: [
        { id: 'decision', name: '决策', score: 20 },
        { id: 'process', name: '过程', score: 19.55 },
        { id: 'output', name: '产出', score: 28.75 },
        { id: 'benefit', name: '效益', score: 30 },
      ],
    });
  });
});

describe('jixiao audit exit codes', () => {
  it('0 for a self-evaluation without error findings', async () => {
    const { code, json } = await auditJson(fixture('self-evaluation-clean.json'));
    expect(code).toBe(0);
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(json.claimed).toEqual({
      totalScore: 100,
      grade: '优',
      dimensions: [
        { id: 'budgetExecution', name: '预算执行率' },
        { id: 'output', name: '产出指标' },
        { id: 'benefit', name: '效益指标' },
        { id: 'satisfaction', name: '满意度指标' },
      ],
    });
  });

  it('1 for a self-evaluation whose claims disagree with the rules', async () => {
    const { code, json } = await auditJson(fixture('self-evaluation-errors.json'));
    expect(code).toBe(1);
    expect(json.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.claimed, f.computed])).toEqual([
      ['score.mismatch', 25, 12.5],
      ['total.mismatch', 100, 87.5],
    ]);
  });

  it('2 for a missing file, broken JSON, a schema-invalid file and an unsupported format', async () => {
    const missing = await runCli(['audit', 'no/such/project.json', '--json']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: '错误：找不到文件 no/such/project.json\n' });

    const broken = await runCli(['audit', fixture('broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json 不是有效的 JSON：第 5 行第 5 列，此处应为逗号“,”或“}”');

    const invalid = await runCli(['audit', fixture('schema-invalid.json')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr.split('\n')).toEqual([
      '错误：apps/cli/test/fixtures/schema-invalid.json 不符合项目文件格式（4 处问题）：',
      expect.stringMatching(/^ {2}formatVersion: /),
      expect.stringMatching(/^ {2}project\.name: /),
      '  project.region.code: 应为 6 位行政区划代码 (GB/T 2260)',
      '  evaluation.indicators[0].weight: 应为十进制数字，如 "91.02"',
      '',
    ]);

    const pdf = await runCli(['audit', 'report.pdf']);
    expect(pdf).toEqual({ code: 2, stdout: '', stderr: '错误：暂不支持 .pdf，请使用 .json 项目文件、.xlsx 自评表或 .txt / .docx 评价报告\n' });
  });

  it('reads a file saved with a byte-order mark', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    const text = await readFile(new URL('../../test/fixtures/self-evaluation-clean.json', import.meta.url), 'utf8');
    await writeFile(join(dir, 'bom.json'), `\uFEFF${text}`);
    expect((await runCli(['audit', 'bom.json'], dir)).code).toBe(0);
  });
});

describe('jixiao audit', () => {
  it('prints claimed vs recomputed, counts by severity, and findings grouped by severity', async () => {
    const { code, stdout } = await runCli(['audit', SAMPLE]);
    expect(code).toBe(1);
    expect(stdout).toContain('总分     98.66     98.30');
    expect(stdout).toContain('评级      优秀        优');
    expect(stdout).toMatch(/发现 \d+ 项：错误 6，警告 \d+，提示 1/);
    expect(stdout).toContain('  1. [score.mismatch] evaluation.indicators[7].claimed.score\n');
    expect(stdout).toContain('     所称 4.56 → 计算 4.55\n');
    expect(stdout).toContain('所称 91.82万元 → 计算 91.02万元');
    // What the prose states: money as 万元, counts of indicators as whole numbers.
    expect(stdout).toContain('所称 130.00万元 → 计算 100.00万元');
    expect(stdout).toContain('所称 14 → 计算 7\n');
    expect(stdout.indexOf('错误（6）')).toBeLessThan(stdout.indexOf('警告（'));
  });

  it('says so when there is nothing to report', async () => {
    const { stdout } = await runCli(['audit', fixture('self-evaluation-clean.json')]);
    expect(stdout.trimEnd().endsWith('未发现问题')).toBe(true);
  });
});
