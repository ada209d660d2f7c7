import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { scoreProject } from '@jixiao/core';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { audit, findingKeys, load, SAMPLE_JSON_PATH, sampleProject, sampleReportText } from '../test/sample.js';
import { exportSelfEvaluationSheet } from './self-evaluation-sheet/index.js';
import { readProjectInput, type ReadInputResult } from './read-input.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function sampleDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: sampleReportText().split('\n').map((line) => new Paragraph(line)) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function failure(result: ReadInputResult): { code: string; message: string } {
  if (result.ok) throw new Error(`expected a failure, got source ${result.source}`);
  return result.error;
}

describe('readProjectInput: the four kinds of file', () => {
  it('reads project JSON, the sample report as .txt and .docx, and a Jixiao 自评表 — the report kinds audit alike', async () => {
    const json = await readProjectInput(new Uint8Array(readFileSync(SAMPLE_JSON_PATH)), 'changji.json');
    const txt = await readProjectInput(utf8(sampleReportText()), 'report.txt');
    const docx = await readProjectInput(await sampleDocx(), '报告.docx');
    const project = sampleProject();
    const card = scoreProject(project);
    if (!card) throw new Error('no card');
    const xlsx = await readProjectInput(await exportSelfEvaluationSheet(project, card), '自评表.xlsx');
    const results = [json, txt, docx, xlsx];
    expect(results.map((r) => (r.ok ? r.source : r.error.message))).toEqual(['json', 'txt', 'docx', 'xlsx']);
    const expected = findingKeys(audit(project));
    for (const r of [json, txt, docx]) if (r.ok) expect(findingKeys(audit(load(r.file)))).toEqual(expected);
    if (xlsx.ok) expect(xlsx.file.evaluation?.indicators).toHaveLength(28);
  });

  it('tells .xlsx from .docx by content, not by name', async () => {
    const result = await readProjectInput(await sampleDocx(), 'misnamed.xlsx');
    expect(result.ok && result.source).toBe('docx');
  });

  it('reads a report with no extension as text', async () => {
    const result = await readProjectInput(utf8(sampleReportText()), 'upload');
    expect(result.ok && result.source).toBe('txt');
  });
});

describe('readProjectInput: bad input gets a clear Chinese error, never a crash or a hang', () => {
  it('empty', async () => {
    expect(failure(await readProjectInput(new Uint8Array(0), 'a.xlsx'))).toEqual({ code: 'empty', message: '文件“a.xlsx”是空的（0 字节）' });
  });

  it('random bytes, whatever the name', async () => {
    const garbage = new Uint8Array(randomBytes(64 * 1024));
    garbage[0] = 0x00; // never a zip or JSON by chance
    for (const name of ['upload.bin', 'sheet.xlsx', 'report.docx', 'report.txt', 'data.json']) {
      const error = failure(await readProjectInput(garbage, name));
      expect(['unsupportedType', 'corrupt']).toContain(error.code);
      expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(error.message).toContain(name);
    }
  });

  it('a zip truncated in the middle', async () => {
    const docx = await sampleDocx();
    const error = failure(await readProjectInput(docx.slice(0, Math.floor(docx.length / 2)), 'report.docx'));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('已损坏');
    const project = sampleProject();
    const card = scoreProject(project);
    if (!card) throw new Error('no card');
    const xlsx = await exportSelfEvaluationSheet(project, card);
    expect(failure(await readProjectInput(xlsx.slice(0, xlsx.length - 200), 'sheet.xlsx')).code).toBe('corrupt');
  });

  it('a 30 MB buffer is refused before parsing; the limit is configurable', async () => {
    const huge = new Uint8Array(30 * 1024 * 1024).fill(0x41);
    const error = failure(await readProjectInput(huge, 'huge.txt'));
    expect(error.code).toBe('tooLarge');
    expect(error.message).toContain('30.0 MB');
    expect(error.message).toContain('20.0 MB');
    expect(failure(await readProjectInput(utf8(sampleReportText()), 'r.txt', { maxBytes: 1000 })).code).toBe('tooLarge');
  });

  it('a .txt with nothing recognisable', async () => {
    const error = failure(await readProjectInput(utf8('会议纪要：今天讨论了食堂菜单，决定周五加一道红烧肉。'), 'notes.txt'));
    expect(error.code).toBe('noContent');
    expect(error.message).toContain('未能在文本中识别出绩效评价报告的内容');
  });

  // Finishing at all is the point (a hang fails on the timeout); speed belongs to benchmarks.
  it('a large text within the limit is answered', async () => {
    const prose = '本项目围绕平安建设开展宣传教育、调研督导，指标：预期。得分情况良好；'.repeat(60_000);
    const result = await readProjectInput(utf8(prose), 'long.txt');
    expect(result.ok).toBe(false);
  }, 30_000);

  it('broken and invalid JSON', async () => {
    expect(failure(await readProjectInput(utf8('{"formatVersion": 1,'), 'p.json')).code).toBe('corrupt');
    const invalid = failure(await readProjectInput(utf8('{"formatVersion": 1, "project": {}}'), 'p.json'));
    expect(invalid.code).toBe('invalidProject');
    expect(invalid.message).toContain('project.name');
  });

  it('old Office formats and PDFs are named as such', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(failure(await readProjectInput(ole, 'old.xls')).message).toContain('另存为 .xlsx');
    expect(failure(await readProjectInput(utf8('%PDF-1.7 ...'), 'r.pdf')).message).toContain('PDF');
  });
});
