import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SAMPLE, fixture, runCli } from '../../test/capture-io.js';
import { readZipEntry } from '../../test/read-zip-entry.js';

const sample = join(REPO_ROOT, SAMPLE);

describe('jixiao export', () => {
  it('writes the 自评表 with the claims, which audit reads back to the same claims and recomputed scores', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    const { code, stdout } = await runCli(['export', sample, '--xlsx', 'sheet.xlsx'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^已写入自评表：sheet\.xlsx（\d+\.\d KB）\n$/);
    expect(readZipEntry(await readFile(join(dir, 'sheet.xlsx')), 'xl/workbook.xml')).toBeDefined();
    const fromSheet = await runCli(['audit', 'sheet.xlsx', '--json'], dir);
    expect(fromSheet.code).toBeLessThan(2);
    const original = await runCli(['audit', SAMPLE, '--json']);
    const recomputed = (text: string) => (JSON.parse(text) as { recomputed: unknown }).recomputed;
    expect(recomputed(fromSheet.stdout)).toEqual(recomputed(original.stdout));
    // The sheet holds the report's claims, so the audit of the sheet still finds them off.
    const claimed = (text: string) => (JSON.parse(text) as { claimed: { totalScore: number; grade: string } }).claimed;
    expect(claimed(fromSheet.stdout)).toMatchObject({ totalScore: 98.66, grade: '优秀' });
    expect(fromSheet.code).toBe(1);
  });

  it('writes the 绩效评价报告 as a Word package with the scoring table and charts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    const { code, stdout } = await runCli(['export', sample, '--docx', 'report.docx'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^已写入绩效评价报告：report\.docx（\d+\.\d KB）\n$/);
    const docx = await readFile(join(dir, 'report.docx'));
    const document = readZipEntry(docx, 'word/document.xml');
    expect(document).toContain('绩效评价报告');
    expect(document).toContain('预算执行率');
    expect(document).toContain('<w:tbl>');
    expect(document).toContain('98.30');
    expect(readZipEntry(docx, '[Content_Types].xml')).toContain('image/png');
  }, 30_000);

  it('needs an output and an evaluation (exit 2)', async () => {
    const none = await runCli(['export', SAMPLE]);
    expect(none).toEqual({ code: 2, stdout: '', stderr: '错误：请用 --xlsx <out.xlsx> 或 --docx <out.docx> 指定要生成的文件\n提示：运行 jixiao export --help 查看用法\n' });
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
    const noEvaluation = await runCli(['export', join(REPO_ROOT, fixture('no-evaluation.json')), '--xlsx', 'x.xlsx'], dir);
    expect(noEvaluation.code).toBe(2);
    expect(noEvaluation.stderr).toContain('没有评价部分（evaluation），无法生成自评表或评价报告');
  });
});
