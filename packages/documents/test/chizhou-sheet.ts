import ExcelJS from 'exceljs';

/**
 * The 池州 township 自评表 of issue 11, rebuilt from its description: the 年度资金总额 row reads
 * 0 / 0 / 0 while its 其中：本年财政拨款 row reads 90 / 89.974 / 89.974, and the qualitative rows
 * say “达成预期指标” against targets such as “严格执行相关制度规定” and “效果明显”. Read right, it
 * recomputes to ≈ 99 (优) and reports the total row's contradiction.
 */
export async function chizhouTownshipSheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('自评表');
  const put = (row: number, values: readonly (string | number | null)[]) => values.forEach((v, i) => (sheet.getCell(row, i + 1).value = v));
  put(1, ['项目支出绩效自评表']);
  sheet.mergeCells('A1:I1');
  put(2, ['（2022年度）']);
  put(3, ['项目名称', '乡镇综合运转经费', null, null, '主管部门', '池州市贵池区梅街镇人民政府']);
  put(4, ['实施单位', '梅街镇人民政府']);
  put(5, ['项目资金（万元）', null, '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分']);
  put(6, [null, '年度资金总额', 0, 0, 0, 10, null, 10]);
  put(7, [null, '其中：本年财政拨款', 90, 89.974, 89.974, '—', 1, '—']);
  sheet.getCell('G7').numFmt = '0.00%';
  put(8, [null, '上年结转资金', null, null, null, '—', null, '—']);
  put(9, [null, '其他资金', null, null, null, '—', null, '—']);
  put(10, ['年度总体目标', '预期目标', null, null, '实际完成情况']);
  put(11, [null, '保障镇政府正常运转，严格执行相关制度规定，提升基层治理水平。', null, null, '保障了镇政府正常运转，基层治理水平有所提升。']);
  put(12, ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const rows: (string | number | null)[][] = [
    ['产出指标', '数量指标', '保障在岗人员数量', '≥45人', '45人', 20, 20, null],
    [null, '质量指标', '经费使用合规性', '严格执行相关制度规定', '达成预期指标', 15, 15, null],
    [null, '时效指标', '资金支付及时率', '≥95%', 1, 15, 15, null],
    ['效益指标', '社会效益指标', '基层治理水平', '效果明显', '达成预期指标', 15, 14, '个别村治理仍需加强'],
    [null, '可持续影响指标', '运转保障长效机制', '效果明显', '达成预期指标', 15, 15, null],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', 0.95, 10, 10, null],
  ];
  rows.forEach((row, i) => put(13 + i, row));
  sheet.getCell('E15').numFmt = '0%';
  sheet.getCell('E18').numFmt = '0%';
  sheet.mergeCells('A13:A15');
  sheet.mergeCells('A16:A17');
  put(19, ['总分', null, null, null, null, 100, 99, '评级：优']);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
