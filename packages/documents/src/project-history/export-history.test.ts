import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HISTORY_SHEET_NAME, exportProjectHistory } from './export-history.js';

describe('exportProjectHistory', () => {
  it('writes one row per changed field, newest change first, in Beijing time', async () => {
    const bytes = await exportProjectHistory({
      projectName: '综治工作经费',
      unitName: '昌吉州党委政法委',
      fiscalYear: 2022,
      changes: [
        {
          version: 3,
          at: new Date('2022-12-31T16:30:00Z'),
          actorName: '财政复核',
          operationLabel: '退回评价',
          reason: '宣传费超标未说明',
          fields: [{ label: '评价状态', before: '已提交', after: '草稿' }],
        },
        {
          version: 2,
          at: new Date('2022-12-01T02:00:00Z'),
          actorName: '政法委',
          operationLabel: '设置预算',
          reason: null,
          fields: [
            { label: '实际支出（填报）', before: '910200.00元', after: null },
            { label: '总分（重算）', before: '92.53', after: '85.48' },
          ],
        },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(HISTORY_SHEET_NAME);
    const rows = [2, 3, 4, 5].map((n) => (sheet?.getRow(n).values as unknown[]).slice(1));
    expect(sheet?.getCell(1, 1).value).toBe('昌吉州党委政法委 综治工作经费（2022年度）变更记录');
    expect(rows[0]).toEqual(['版本', '时间（北京时间）', '操作人', '操作', '字段', '修改前', '修改后', '原因']);
    expect(rows[1]).toEqual(['3', '2023/01/01 00:30:00', '财政复核', '退回评价', '评价状态', '已提交', '草稿', '宣传费超标未说明']);
    expect(rows[2]).toEqual(['2', '2022/12/01 10:00:00', '政法委', '设置预算', '实际支出（填报）', '910200.00元', '（空）', '']);
    expect(rows[3]?.slice(4, 7)).toEqual(['总分（重算）', '92.53', '85.48']);
  });
});
