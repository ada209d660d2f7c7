import { describe, expect, it } from 'vitest';
import { renderWecomMarkdown, WECOM_MAX_CONTENT_BYTES } from '../../adapters/wecom/render-reply.js';
import type { Reply } from '../../messages.js';
import { splitReply } from '../split-reply.js';

const wecomFits = (part: Reply) => Buffer.byteLength(renderWecomMarkdown(part).markdown.content) <= WECOM_MAX_CONTENT_BYTES;

const rows = Array.from({ length: 40 }, (_, i) => [`第${i + 1}个项目名称比较长的专项工作经费`, '昌吉州党委政法委', `${i}.00%`, '87.40%', `-${i}.40`]);
const long: Reply = {
  title: '执行率低于序时进度的项目',
  lines: ['共 40 个项目，数据截至 2022-11-15'],
  table: { header: ['项目', '单位', '执行率', '序时进度', '偏差(百分点)'], rows },
  link: { text: '在绩效看板中查看', url: 'https://jixiao.example/monitoring' },
  alert: 'red',
};

describe('splitReply', () => {
  it('keeps a reply that fits whole', () => {
    const short: Reply = { title: 't', lines: ['a'] };
    expect(splitReply(short, wecomFits)).toEqual([short]);
  });

  it('splits a long WeCom list into parts under 2,048 bytes without dropping a row, numbered, link on the last', () => {
    expect(wecomFits(long)).toBe(false);
    const parts = splitReply(long, wecomFits);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(renderWecomMarkdown(part).markdown.content)).toBeLessThanOrEqual(WECOM_MAX_CONTENT_BYTES);
    expect(parts.flatMap((p) => p.table?.rows ?? [])).toEqual(rows);
    expect(parts.flatMap((p) => p.lines)).toEqual(long.lines);
    expect(parts.map((p) => p.title)).toEqual(parts.map((_, i) => `执行率低于序时进度的项目（${i + 1}/${parts.length}）`));
    expect(parts.map((p) => p.link !== undefined)).toEqual(parts.map((_, i) => i === parts.length - 1));
    expect(parts.every((p) => p.alert === 'red' && p.table?.header.length === 5)).toBe(true);
  });

  it('cuts a single line longer than any message into pieces, in order', () => {
    const line = '很长的说明'.repeat(300);
    const parts = splitReply({ title: 't', lines: [line] }, wecomFits);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.lines).join('')).toBe(line);
    expect(parts.every(wecomFits)).toBe(true);
  });
});
