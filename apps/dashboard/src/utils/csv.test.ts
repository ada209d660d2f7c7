import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and quotes what needs quoting', () => {
    const text = toCsv(['项目', '金额'], [['综治工作经费', '91.02'], ['a,"b"', '1\n2']]);
    expect(text.startsWith('\uFEFF项目,金额\r\n')).toBe(true);
    expect(text).toContain('综治工作经费,91.02\r\n');
    expect(text).toContain('"a,""b""","1\n2"\r\n');
  });

  it('neutralises formulas but keeps negative numbers', () => {
    const text = toCsv(['x'], [['=HYPERLINK("x")'], ['-1.50'], ['-cmd'], ['@SUM(A1)']]);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain('\r\n-1.50\r\n');
    expect(text).toContain("'-cmd");
    expect(text).toContain("'@SUM(A1)");
  });
});
