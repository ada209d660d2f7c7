import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width.js';
import { renderTable } from './table.js';

describe('renderTable', () => {
  const table = renderTable(
    [{ header: '一级指标' }, { header: '分值', align: 'right' }, { header: '得分', align: 'right' }, { header: '计分依据' }],
    [
      ['决策', '20.00', '20.00', '“达成年度指标”档'],
      ['预算执行率', '5.00', '4.55', '5 × 91.02% = 4.55'],
      ['产出', '100.00', '8.75', ''],
    ],
  );

  it('aligns columns by display width, not by string length', () => {
    expect(table).toEqual([
      '一级指标      分值   得分  计分依据',
      '----------  ------  -----  -----------------',
      '决策         20.00  20.00  “达成年度指标”档',
      '预算执行率    5.00   4.55  5 × 91.02% = 4.55',
      '产出        100.00   8.75',
    ]);
    // Every row's third column ends in the same terminal column.
    const ends = table.filter((line) => !line.startsWith('-')).map((line) => displayWidth(line.slice(0, line.indexOf('  ', line.search(/\d\s/) + 1) + 1)));
    expect(new Set(ends.slice(1)).size).toBe(1);
  });

  it('leaves no trailing spaces and keeps a cell on one line', () => {
    const lines = renderTable([{ header: 'a' }, { header: 'b' }], [['多行\n文本', '']]);
    expect(lines).toEqual(['a          b', '---------  -', '多行 文本']);
    for (const line of [...table, ...lines]) expect(line).toBe(line.trimEnd());
  });
});
