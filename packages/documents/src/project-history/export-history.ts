import ExcelJS from 'exceljs';

/** One field of one change, as 变更记录 lists it. */
export interface HistoryFieldRow {
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** One write to a project: who, when, what. */
export interface HistoryChangeRow {
  readonly version: number;
  readonly at: Date;
  readonly actorName: string;
  readonly operationLabel: string;
  readonly reason: string | null;
  readonly fields: readonly HistoryFieldRow[];
}

export interface HistoryExport {
  readonly projectName: string;
  readonly unitName: string;
  readonly fiscalYear: number;
  /** Newest first, as the project page shows them. */
  readonly changes: readonly HistoryChangeRow[];
}

export const HISTORY_SHEET_NAME = '变更记录';
const HEADERS = ['版本', '时间（北京时间）', '操作人', '操作', '字段', '修改前', '修改后', '原因'] as const;
const WIDTHS = [7, 20, 14, 16, 36, 36, 36, 30];
const FONT = { name: '宋体', size: 10 };
const BEIJING = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/**
 * A project's 变更记录 as a workbook: a title row, then one row per changed field (a change of
 * several fields gives several rows with the same version, time and actor), text cells only, so
 * that amounts and codes are never reinterpreted by the spreadsheet.
 */
export async function exportProjectHistory(history: HistoryExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';
  const sheet = workbook.addWorksheet(HISTORY_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  const title = sheet.getCell(1, 1);
  title.value = `${history.unitName} ${history.projectName}（${history.fiscalYear}年度）变更记录`;
  title.font = { ...FONT, size: 14, bold: true };
  const header = sheet.addRow([...HEADERS]);
  header.font = { ...FONT, bold: true };
  for (const change of history.changes) {
    const when = BEIJING.format(change.at);
    const fields = change.fields.length > 0 ? change.fields : [{ label: '', before: null, after: null }];
    for (const field of fields) {
      const row = sheet.addRow([
        String(change.version),
        when,
        change.actorName,
        change.operationLabel,
        field.label,
        field.before ?? '（空）',
        field.after ?? '（空）',
        change.reason ?? '',
      ]);
      row.font = FONT;
      row.alignment = { vertical: 'top', wrapText: true };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
