import { mkdir, mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProjectFile, scoreProject } from '@jixiao/core';
import { DEFAULT_MAX_BYTES, exportSelfEvaluationSheet } from '@jixiao/documents';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, SAMPLE, runCli } from '../../test/capture-io.js';
import { MAX_INPUT_BYTES } from './read-input-bytes.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
});

/** `jixiao audit <name>` on a file holding `content`, in the test's folder. */
async function auditFile(name: string, content: Uint8Array | string) {
  await writeFile(join(dir, name), content);
  return runCli(['audit', name], dir);
}

/** Bytes that are neither text nor any Office package, the same on every run. */
function garbage(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7919 + 13) % 256);
}

/** Building an 80 MB bomb with pure-JS deflate takes seconds, far more on a busy machine; the refusal itself is quick. */
const BOMB_BUILD_TIMEOUT = 120_000;

describe('unusable inputs exit 2 with a Chinese message, never a crash', () => {
  it('empty files of every format', async () => {
    for (const name of ['empty.json', 'empty.txt', 'empty.docx', 'empty.xlsx']) {
      expect(await auditFile(name, '')).toEqual({ code: 2, stdout: '', stderr: `错误：${name} 是空的（0 字节）\n` });
    }
  });

  it('a zip bomb: a .docx whose document.xml inflates to 80+ MB is refused before it is unpacked', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document><w:body>${'<w:p><w:r><w:t>项目绩效目标全部完成。</w:t></w:r></w:p>'.repeat(2_000_000)}</w:body></w:document>`);
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    const result = await auditFile('bomb.docx', bomb);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^错误：文件“bomb\.docx”解压后过大：其中的“word\/document\.xml”有 \d+\.\d MB，单个部件上限为 16\.0 MB/);
  }, BOMB_BUILD_TIMEOUT);

  it('garbage with a report, sheet or Word name', async () => {
    expect((await auditFile('garbage.txt', garbage(4096))).stderr).toBe('错误：无法识别文件“garbage.txt”的类型：它既不是 Word、Excel、JSON，也不是可读的文本\n');
    expect((await auditFile('garbage.xlsx', garbage(4096))).stderr).toBe('错误：文件“garbage.xlsx”不是有效的 Excel文件（内容不是 Office 压缩包）\n');
    expect((await auditFile('garbage.docx', garbage(4096))).code).toBe(2);
    const prose = await auditFile('prose.txt', '今天天气很好，我们去公园散步。');
    expect(prose.code).toBe(2);
    expect(prose.stderr).toMatch(/^错误：未能在文本中识别出绩效评价报告的内容/);
  });

  it('a truncated Office package', async () => {
    const loaded = loadProjectFile(JSON.parse(await readFile(join(REPO_ROOT, SAMPLE), 'utf8')));
    if (!loaded.ok) throw new Error('the sample project must load');
    const card = scoreProject(loaded.project);
    if (!card) throw new Error('the sample project has an evaluation');
    const full = await exportSelfEvaluationSheet(loaded.project, card);
    const result = await auditFile('truncated.xlsx', full.subarray(0, Math.floor(full.length / 2)));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^错误：文件“truncated\.xlsx”已损坏：压缩包不完整或无法解开/);
  });

  it('files over the size limit, refused before they are read', async () => {
    for (const name of ['huge.txt', 'huge.json', 'huge.docx']) {
      await writeFile(join(dir, name), '');
      // Sparse: the test costs no disk, and the limit is checked on the size before reading.
      await truncate(join(dir, name), MAX_INPUT_BYTES + 1);
      const result = await runCli(['audit', name], dir);
      expect(result).toEqual({ code: 2, stdout: '', stderr: `错误：${name} 过大（20.0 MB），上限为 20.0 MB；项目文件、自评表和评价报告通常不超过 1 MB\n` });
    }
  });

  it('a directory, no extension and an unknown extension', async () => {
    await mkdir(join(dir, 'folder.json'));
    expect((await runCli(['audit', 'folder.json'], dir)).stderr).toBe('错误：folder.json 是一个目录，不是项目文件\n');
    expect((await runCli(['audit', 'apps'])).stderr).toBe('错误：无法判断 apps 的文件类型（没有扩展名），请使用 .json 项目文件、.xlsx 自评表或 .txt / .docx 评价报告\n');
    expect((await runCli(['audit', 'report.doc'], dir)).stderr).toBe('错误：暂不支持 .doc，请使用 .json 项目文件、.xlsx 自评表或 .txt / .docx 评价报告\n');
  });

  it('keeps the CLI limit equal to the documents package’s', () => {
    expect(MAX_INPUT_BYTES).toBe(DEFAULT_MAX_BYTES);
  });
});
