import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chizhouTownshipSheet } from '../../../../packages/documents/test/chizhou-sheet.js';
import { runCli } from '../../test/capture-io.js';

describe('jixiao audit <自评表.xlsx> of another place', () => {
  it('the 池州 township sheet, without flags: exit 1 with the total row’s contradiction and a recomputed total in the 优 band', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    const path = join(dir, 'chizhou.xlsx');
    await writeFile(path, await chizhouTownshipSheet());
    const text = await runCli(['audit', path]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('资金情况“年度资金总额”一行的全年执行数 0.00万元，与其中各行（其中：本年财政拨款）合计 89.97万元 不符');
    expect(text.stderr).toContain('预算执行率按其中各行计算');
    const json = await runCli(['audit', path, '--json']);
    const report = JSON.parse(json.stdout) as { recomputed: { totalScore: number; grade: string }; findings: { code: string; severity: string }[] };
    expect(report.recomputed).toMatchObject({ totalScore: 99, grade: '优' });
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['sum.fundRows', 'sum.fundRows', 'sum.fundRows']);
    const score = await runCli(['score', path]);
    expect(score.code).toBe(0);
    expect(score.stdout).toContain('年度：2022');
  });
});
