import { cellValue, type Sheet } from './sheet';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The sheets as an .xlsx file. ExcelJS is loaded on the first export only (it is larger than the
 * rest of a page); text cells stay text (a name starting with "=" is never a formula).
 */
export async function workbookBlob(sheets: readonly Sheet[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '绩效';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width ?? 14 }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const cells of sheet.rows) {
      const row = worksheet.addRow(cells.map((cell) => cellValue(cell).value));
      cells.forEach((cell, index) => {
        const { numFmt } = cellValue(cell);
        if (numFmt) row.getCell(index + 1).numFmt = numFmt;
      });
    }
  }
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}
