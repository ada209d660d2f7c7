import ExcelJS from 'exceljs';
import fc from 'fast-check';

/**
 * Self-evaluation sheets in the layouts the table reader knows — header synonyms, column orders,
 * money units — generated from a model of what they say, so that reading one back can be compared
 * with the model it was written from.
 */
export interface SheetModel {
  readonly year: number;
  readonly unitInYuan: boolean;
  readonly funds: { readonly budget: number; readonly adjusted: number; readonly spent: number; readonly weight: number; readonly score: number };
  readonly indicators: readonly GeneratedIndicator[];
  readonly total?: number | undefined;
  readonly layout: Layout;
}

export interface GeneratedIndicator {
  readonly level1: 'output' | 'benefit' | 'satisfaction';
  readonly level2: string;
  readonly name: string;
  readonly operator: '≥' | '≤' | '=';
  readonly target: number;
  readonly actual: number;
  readonly unit: string;
  readonly weight: number;
  readonly score?: number | undefined;
}

interface Layout {
  readonly funds: readonly string[];
  readonly indicatorOrder: 'national' | 'weightFirst' | 'sichuan';
  readonly weightHeader: string;
  readonly targetHeader: string;
  readonly actualHeader: string;
}

const GROUPS: Readonly<Record<GeneratedIndicator['level1'], readonly (readonly [string, string])[]>> = {
  output: [
    ['quantity', '数量指标'],
    ['quality', '质量指标'],
    ['timeliness', '时效指标'],
    ['cost', '成本指标'],
  ],
  benefit: [
    ['economic', '经济效益指标'],
    ['social', '社会效益指标'],
    ['sustainability', '可持续影响指标'],
  ],
  satisfaction: [['satisfaction', '服务对象满意度指标']],
};

export const LEVEL1_LABELS: Readonly<Record<GeneratedIndicator['level1'], string>> = { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标' };
export const GROUP_LABELS: Readonly<Record<string, string>> = Object.fromEntries(Object.values(GROUPS).flatMap((groups) => groups.map(([id, label]) => [id, label])));

const NAME_CHARACTERS = [...'甲乙丙丁戊己庚辛壬癸春夏秋冬梅兰竹菊山水林田湖草路桥站'];
const money = fc.integer({ min: 1, max: 99_999_99 }).map((n) => n / 100);

const layout: fc.Arbitrary<Layout> = fc.record({
  funds: fc.tuple(fc.constantFrom('年初预算数', '年初预算'), fc.constantFrom('全年预算数（A）', '调整后预算数', '全年预算数'), fc.constantFrom('全年执行数（B）', '预算执行数', '全年执行数'), fc.constantFrom('分值', '权重'), fc.constantFrom('执行率（B/A）', '预算执行率', '执行率'), fc.constant('得分')),
  indicatorOrder: fc.constantFrom('national', 'weightFirst', 'sichuan'),
  weightHeader: fc.constantFrom('分值', '权重'),
  targetHeader: fc.constantFrom('年度指标值', '指标值', '年初目标值'),
  actualHeader: fc.constantFrom('实际完成值', '全年实际值', '完成值'),
});

const indicator: fc.Arbitrary<Omit<GeneratedIndicator, 'name'>> = fc
  .constantFrom<GeneratedIndicator['level1']>('output', 'benefit', 'satisfaction')
  .chain((level1) =>
    fc.record({
      level1: fc.constant(level1),
      level2: fc.constantFrom(...(GROUPS[level1] ?? []).map(([id]) => id)),
      operator: fc.constantFrom<GeneratedIndicator['operator']>('≥', '≤', '='),
      target: fc.integer({ min: 1, max: 5000 }),
      actual: fc.integer({ min: 0, max: 6000 }),
      unit: fc.constantFrom('人', '次', '个', '万元', '%'),
      weight: fc.integer({ min: 1, max: 30 }),
      score: fc.option(fc.integer({ min: 0, max: 3000 }).map((n) => n / 100), { nil: undefined }),
    }),
  )
  .map((i) => ({ ...i, ...(i.score === undefined ? {} : { score: Math.min(i.score, i.weight) }) }));

/** One sheet: unique indicator names, indicators grouped by 一级/二级 as forms print them. */
export const sheetModel: fc.Arbitrary<SheetModel> = fc
  .record({
    year: fc.integer({ min: 2015, max: 2030 }),
    unitInYuan: fc.boolean(),
    funds: fc.record({ budget: money, adjusted: money, spent: money, weight: fc.integer({ min: 1, max: 20 }), score: fc.integer({ min: 0, max: 2000 }).map((n) => n / 100) }),
    indicators: fc.uniqueArray(fc.tuple(fc.array(fc.constantFrom(...NAME_CHARACTERS), { minLength: 3, maxLength: 8 }).map((c) => `测评${c.join('')}`), indicator), { minLength: 1, maxLength: 12, selector: ([name]) => name }),
    total: fc.option(fc.integer({ min: 0, max: 10000 }).map((n) => n / 100), { nil: undefined }),
    layout,
  })
  .map((m) => ({
    ...m,
    ...(m.total === undefined ? {} : { total: m.total }),
    funds: { ...m.funds, score: Math.min(m.funds.score, m.funds.weight) },
    indicators: m.indicators
      .map(([name, i]) => ({ ...i, name }))
      .sort((a, b) => order(a) - order(b)),
  }));

function order(i: GeneratedIndicator): number {
  const dimension = ['output', 'benefit', 'satisfaction'].indexOf(i.level1);
  const group = (GROUPS[i.level1] ?? []).findIndex(([id]) => id === i.level2);
  return dimension * 10 + group;
}

type Cell = string | number | null;

/** The model as the rows of a sheet, 一级/二级 written once per block as forms do. */
export function sheetRows(model: SheetModel): Cell[][] {
  const { layout: l, funds } = model;
  const scale = model.unitInYuan ? 10_000 : 1;
  const rows: Cell[][] = [
    [`项目支出绩效自评表（${model.year}年度）`],
    ['项目名称', '生成的项目', '主管部门', '某局', '实施单位', '某中心'],
    [`项目资金（${model.unitInYuan ? '元' : '万元'}）`, ...l.funds],
    ['年度资金总额', amount(funds.budget * scale), amount(funds.adjusted * scale), amount(funds.spent * scale), funds.weight, null, funds.score],
    ['其中：本年财政拨款', amount(funds.budget * scale), amount(funds.adjusted * scale), amount(funds.spent * scale), '—', null, '—'],
  ];
  const header = indicatorHeader(l);
  rows.push(header);
  let previous: GeneratedIndicator | undefined;
  for (const i of model.indicators) {
    const level1 = previous?.level1 === i.level1 ? null : LEVEL1_LABELS[i.level1];
    const level2 = previous?.level1 === i.level1 && previous.level2 === i.level2 ? null : (GROUP_LABELS[i.level2] ?? null);
    const values: Record<string, Cell> = {
      target: l.indicatorOrder === 'sichuan' ? i.target : `${i.operator}${i.target}${i.unit}`,
      nature: i.operator,
      unit: i.unit,
      actual: `${i.actual}${i.unit}`,
      weight: i.weight,
      score: i.score ?? null,
      reason: null,
    };
    rows.push([level1, level2, i.name, ...columnsOf(l).map((c) => values[c] ?? null)]);
    previous = i;
  }
  rows.push(['总分', null, null, ...columnsOf(l).map((c) => (c === 'weight' ? model.indicators.reduce((s, i) => s + i.weight, funds.weight) : c === 'score' ? (model.total ?? null) : null))]);
  return rows;
}

function amount(value: number): number {
  return Math.round(value * 100) / 100;
}

function columnsOf(l: Layout): string[] {
  switch (l.indicatorOrder) {
    case 'national':
      return ['target', 'actual', 'weight', 'score', 'reason'];
    case 'weightFirst':
      return ['weight', 'target', 'actual', 'score', 'reason'];
    case 'sichuan':
      return ['nature', 'target', 'unit', 'actual', 'weight', 'score', 'reason'];
  }
}

function indicatorHeader(l: Layout): string[] {
  const names: Record<string, string> = { target: l.targetHeader, actual: l.actualHeader, weight: l.weightHeader, score: '得分', reason: '偏差原因分析及改进措施', nature: '指标性质', unit: '度量单位' };
  return ['一级指标', '二级指标', '三级指标', ...columnsOf(l).map((c) => names[c] ?? c)];
}

export async function sheetWorkbook(model: SheetModel): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('自评表');
  sheetRows(model).forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The same sheet flattened the way government sites publish it: a row per line, cells between `|`. */
export function sheetText(model: SheetModel): string {
  return sheetRows(model)
    .map((row) => row.map((cell) => (cell === null ? '' : String(cell))).join(' | '))
    .join('\n');
}

/** The same sheet as a page that lost every separator: its cells run together in one line (“年度资金总额202010100.00%10…”). */
export function sheetRunTogether(model: SheetModel): string {
  return sheetRows(model)
    .map((row) => row.map((cell) => (cell === null ? '' : String(cell))).join(''))
    .join('');
}

/** The same sheet as a page that kept only spaces between its cells, all on one line (an .xlsx extracted cell by cell). */
export function sheetSpaced(model: SheetModel): string {
  return sheetRows(model)
    .flatMap((row) => row.filter((cell) => cell !== null).map(String))
    .join(' ');
}
