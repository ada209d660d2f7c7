import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locate-json-error.js';

describe('locateJsonError', () => {
  it('answers undefined for valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null], "b": {}}')).toBeUndefined();
    expect(locateJsonError(' 3 ')).toBeUndefined();
  });

  it('finds a missing comma at the start of the next member', () => {
    expect(locateJsonError('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3, reason: '此处应为逗号“,”或“}”，却是 “"”（上一项之后可能缺少逗号）' });
  });

  it('finds trailing commas, unquoted texts and full-width punctuation', () => {
    expect(locateJsonError('[1, 2,]')).toMatchObject({ line: 1, column: 7, reason: '“]”前多了一个逗号' });
    expect(locateJsonError('{"a": 1,}')).toMatchObject({ line: 1, column: 9, reason: '“}”前多了一个逗号' });
    expect(locateJsonError('{"name": 综治}')?.reason).toBe('此处应为一个值，却是 “综”');
    expect(locateJsonError('{"a"：1}')).toMatchObject({ column: 5, reason: '属性名之后应为冒号“:”，却是 “：”（中文标点，JSON 只认英文标点）' });
    expect(locateJsonError('{"a": tru}')?.reason).toContain('此处应为一个值');
  });

  it('counts columns in characters, so Chinese text before the error counts 1 each', () => {
    expect(locateJsonError('{"项目名称": "综治" "x"}')).toMatchObject({ line: 1, column: 15 });
  });

  it('reports unterminated strings, bad escapes, raw line breaks, bad numbers and the end of the file', () => {
    expect(locateJsonError('{"a": "abc')).toMatchObject({ column: 7, reason: '字符串缺少结束的双引号' });
    expect(locateJsonError('"\\x"')?.reason).toBe('无效的转义 \\x');
    expect(locateJsonError('"\\u12"')?.reason).toBe('\\u 之后应为 4 位十六进制数');
    expect(locateJsonError('"a\nb"')).toMatchObject({ line: 1, column: 3 });
    expect(locateJsonError('01')?.reason).toContain('多余内容');
    expect(locateJsonError('-')?.reason).toBe('无效的数字');
    expect(locateJsonError('{"a": 1')).toMatchObject({ column: 8, reason: '此处应为逗号“,”或“}”，却是 文件结尾' });
    expect(locateJsonError('')?.reason).toBe('此处应为一个值，却是 文件结尾');
    expect(locateJsonError('{} x')?.reason).toBe('JSON 值之后还有多余内容 “x”');
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    expect(locateJsonError('['.repeat(100_000))?.reason).toBe('嵌套层数过深');
  });
});
