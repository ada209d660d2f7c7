import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sampleProject } from '../../test/sample.js';
import { exportEvaluationReport } from './index.js';

/** The visible text of document.xml, one paragraph per line. */
function paragraphs(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((p) => p !== '');
}

function officeBinary(): string | undefined {
  for (const name of ['libreoffice', 'soffice']) {
    try {
      execFileSync(name, ['--version'], { stdio: 'ignore', timeout: 30_000 });
      return name;
    } catch {
      // not installed
    }
  }
  return undefined;
}

describe('exportEvaluationReport', () => {
  it('writes the six sections, the scoring table with every score and derivation, the findings and three chart images', async () => {
    const bytes = await exportEvaluationReport(sampleProject());
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')?.async('string');
    if (!xml) throw new Error('no document.xml');
    const text = paragraphs(xml);
    for (const heading of ['一、项目概况', '二、项目资金使用及管理情况', '三、项目组织实施情况', '四、项目绩效情况', '五、其他需要说明的问题', '六、项目评价工作情况']) {
      expect(text).toContain(heading);
    }
    // Scoring table rows: name, target, actual, weight, score, derivation in consecutive cells.
    const row = (name: string) => text.slice(text.indexOf(name), text.indexOf(name) + 6);
    expect(row('预算执行率')).toEqual(['预算执行率', '5.00', '4.55', '5 × 91.02% = 4.55（实际支出 91.02万元 ÷ 实际到位 100.00万元）', '资金使用合规性', '5.00']);
    expect(text.slice(text.indexOf('宣传费', text.indexOf('四、项目绩效情况')), text.indexOf('宣传费', text.indexOf('四、项目绩效情况')) + 5)).toEqual(['宣传费', '≤20万元', '60.32万元', '1.25', '0.00']);
    expect(text).toEqual(expect.arrayContaining(['过程小计', '19.55', '产出小计', '28.75', '总分', '98.30', '评级：优']));
    // Claimed against recomputed.
    expect(text.join('\n')).toContain('过程\n20.00\n19.56\n19.55\n0.01');
    expect(text.join('\n')).toContain('总分\n100.00\n98.66\n98.30\n0.36');
    // Funds paragraph from the data.
    expect(text).toContain('截至2022年12月31日，本项目实际支出91.02万元，预算执行率91.02%（实际支出 ÷ 实际到位）。');
    // Audit findings with their paths.
    expect(text.some((p) => p.includes('自评总分 98.66，按评分规则重算为 98.30') && p.includes('evaluation.claimed.totalScore'))).toBe(true);
    expect(text.some((p) => p.startsWith('一致性复核共发现41项问题（错误6项、警告34项、提示1项）'))).toBe(true);
    // Images: three PNGs, referenced from the document.
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    for (const file of media) {
      const png = await zip.file(file)?.async('uint8array');
      expect([...(png ?? []).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(png?.length ?? 0).toBeGreaterThan(10_000);
    }
    expect(xml.match(/<a:blip /g)).toHaveLength(3);

    // Opens in LibreOffice where it is installed (CI with libreoffice); the package checks above always run.
    const office = officeBinary();
    if (office) {
      const dir = mkdtempSync(join(tmpdir(), 'jixiao-report-'));
      writeFileSync(join(dir, 'report.docx'), bytes);
      execFileSync(office, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { stdio: 'ignore', timeout: 120_000 });
      expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  }, 60_000);

  it('leaves the charts out when asked, and keeps every number', async () => {
    const zip = await JSZip.loadAsync(await exportEvaluationReport(sampleProject(), { charts: false }));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
    const text = paragraphs((await zip.file('word/document.xml')?.async('string')) ?? '');
    expect(text).toContain('98.30');
    expect(text.some((p) => p.startsWith('图'))).toBe(false);
  });
});
