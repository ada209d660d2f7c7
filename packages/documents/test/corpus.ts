import { readFileSync, readdirSync } from 'node:fs';
import { auditProject, loadProjectFile, type Finding, type ProjectFile } from '@jixiao/core';
import type { Unplaced } from '../src/document-read-error.js';
import { readProjectInput } from '../src/read-input.js';

/** The published tables of ../shared/domain/corpus: raw text and its hand transcription. */
export const CORPUS = new URL('../../../../shared/domain/corpus/', import.meta.url);

interface TranscribedFund {
  readonly row: string;
  readonly initialBudget?: number | null;
  readonly fullYearBudget?: number | null;
  readonly executed?: number | null;
  readonly weight?: number | null;
  readonly rate?: string | null;
  readonly score?: number | null;
}

interface TranscribedIndicator {
  readonly name: string;
  readonly target?: string | null;
  readonly actual?: string | null;
  readonly weight?: number | null;
  readonly score?: number | null;
  readonly reason?: string | null;
}

export interface Transcription {
  readonly projectName?: string | null;
  readonly funds: readonly TranscribedFund[];
  readonly indicators: readonly TranscribedIndicator[];
  readonly total: { readonly weight?: number | null; readonly score?: number | null };
  readonly expectedFindings: readonly string[];
}

export interface CorpusRead {
  readonly name: string;
  /** The text as published, which wins where the transcription disagrees with it. */
  readonly raw: string;
  readonly transcription: Transcription;
  readonly error?: string;
  readonly file?: ProjectFile;
  readonly unplaced: readonly Unplaced[];
  readonly notes: readonly Unplaced[];
  readonly findings: readonly Finding[];
}

/** Each table's raw text read the way a user's upload is, and audited. */
export async function readCorpus(): Promise<CorpusRead[]> {
  const names = readdirSync(new URL('json/', CORPUS)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  const reads: CorpusRead[] = [];
  for (const name of names) {
    const transcription = JSON.parse(readFileSync(new URL(`json/${name}.json`, CORPUS), 'utf8')) as Transcription;
    const bytes = new Uint8Array(readFileSync(new URL(`raw/${name}.txt`, CORPUS)));
    const raw = new TextDecoder().decode(bytes);
    const result = await readProjectInput(bytes, `${name}.txt`);
    if (!result.ok) {
      reads.push({ name, raw, transcription, error: result.error.message, unplaced: [], notes: [], findings: [] });
      continue;
    }
    const loaded = loadProjectFile(result.file);
    const findings = loaded.ok ? (auditProject(loaded.project)?.findings ?? []) : [];
    reads.push({ name, raw, transcription, file: result.file, unplaced: result.unplaced, notes: result.notes, findings, ...(loaded.ok ? {} : { error: loaded.issues.map((i) => i.message).join('；') }) });
  }
  return reads;
}

const key = (text: string) => text.normalize('NFKC').replace(/[\s:：]/g, '').replace(/^其中/, '');
const sameNumber = (a: string | number | undefined, b: number) => a !== undefined && Math.abs(Number(a) - b) < 1e-9;

/** A value of the transcription and whether the reader placed it, or listed it as unplaced. */
export interface ValueCheck {
  readonly what: string;
  /** `wrong`: the reader gave this field a value, and it is not the transcription's (the raw text's, where they differ). */
  readonly outcome: 'read' | 'listed' | 'missing' | 'wrong';
}

/** Every value the transcription holds, checked against what the reader made of the raw text. */
export function checkValues(read: CorpusRead): ValueCheck[] {
  const { transcription: t, file } = read;
  const checks: ValueCheck[] = [];
  const listed = (text: string) => read.unplaced.some((u) => key(u.text).includes(key(text))) || read.notes.some((n) => key(n.text).includes(key(text)));
  // A row's 分值 / 得分 are listed when an entry names the row they belong to (“资金数值与行名（年度资金总额、…）分开”).
  const rowListed = (label: string) => listed(label) || read.unplaced.some((u) => key(u.reason).includes(key(label)));
  // `given`: the reader put some value in the field — a value there that is not the transcription's is wrong, whatever else is listed.
  const check = (what: string, placed: boolean, text: string, given = false, byRow = false) =>
    checks.push({ what, outcome: placed ? 'read' : given ? 'wrong' : text.length >= 2 && (byRow ? rowListed(text) : listed(text)) ? 'listed' : 'missing' });
  const execution = file?.evaluation?.indicators.find((i) => i.level1 === 'budgetExecution');
  for (const fund of t.funds) {
    const row = file?.budget.fundRows?.find((r) => key(r.label) === key(fund.row));
    const amount = (field: 'budgetAmount' | 'adjustedBudgetAmount' | 'spentAmount', value: number) => row?.[field] !== undefined && Math.abs(Number(row[field]) - value * 10_000) < 0.5;
    const given = (...fields: ('budgetAmount' | 'adjustedBudgetAmount' | 'spentAmount' | 'executionRate')[]) => fields.some((f) => row?.[f] !== undefined);
    if (fund.initialBudget != null) check(`${fund.row} 年初预算数`, amount('budgetAmount', fund.initialBudget), String(fund.initialBudget), given('budgetAmount'));
    if (fund.fullYearBudget != null) check(`${fund.row} 全年预算数`, amount('adjustedBudgetAmount', fund.fullYearBudget) || (fund.initialBudget == null && amount('budgetAmount', fund.fullYearBudget)), String(fund.fullYearBudget), fund.initialBudget == null ? given('adjustedBudgetAmount', 'budgetAmount') : given('adjustedBudgetAmount'));
    if (fund.executed != null) check(`${fund.row} 全年执行数`, amount('spentAmount', fund.executed), String(fund.executed), given('spentAmount'));
    if (fund.rate != null) check(`${fund.row} 执行率`, row?.executionRate !== undefined && sameNumber(row.executionRate, Number(fund.rate.replace('%', ''))), fund.rate, given('executionRate'));
    // The execution row's 分值 / 得分 become the 预算执行率 indicator; a 其中 row repeating them is read only if noted as a repeat.
    const repeatNoted = row !== undefined && row.role === 'part' && read.notes.some((n) => key(n.reason).includes(key(`“${row.label}”一行重复`)));
    const asExecution = row?.role === 'total' || repeatNoted;
    if (fund.weight != null) check(`${fund.row} 分值`, asExecution && sameNumber(execution?.weight, fund.weight), `${fund.row}`, asExecution && execution?.weight !== undefined, true);
    if (fund.score != null) check(`${fund.row} 得分`, asExecution && sameNumber(execution?.claimed?.score, fund.score), `${fund.row}`, asExecution && execution?.claimed?.score !== undefined, true);
  }
  for (const indicator of t.indicators) {
    // A table's own 预算执行率 indicator is not the execution row read from its funds block.
    const named = (file?.evaluation?.indicators ?? []).filter((i) => key(i.name) === key(indicator.name));
    const found = named.find((i) => i.level1 !== 'budgetExecution') ?? named[0];
    // The raw text wins: a name it does not print (“(name not in excerpt — 指标3)”) is the transcriber's, and so are the 分值 / 得分 paired with it by order; its printed target and actual still count.
    const printed = key(read.raw).includes(key(indicator.name));
    if (printed) check(`${indicator.name}`, found !== undefined, indicator.name, false, true);
    const text = (value: string | undefined) => key(`${value ?? ''}${found?.justification ?? ''}`);
    // A qualitative result read as a tier keeps its texts in the justification; a target or actual given otherwise must be the transcription's.
    if (indicator.target) check(`${indicator.name} 指标值`, found !== undefined && text(found.target).includes(key(indicator.target)), indicator.target, found?.target !== undefined);
    if (indicator.actual) check(`${indicator.name} 完成值`, found !== undefined && text(found.actual).includes(key(indicator.actual)), indicator.actual, found?.actual !== undefined);
    if (printed && indicator.weight != null) check(`${indicator.name} 分值`, sameNumber(found?.weight, indicator.weight), indicator.name, found !== undefined, true);
    if (printed && indicator.score != null) check(`${indicator.name} 得分`, sameNumber(found?.claimed?.score, indicator.score), indicator.name, found?.claimed?.score !== undefined, true);
    // “无” in the reason column is read as no reason.
    if (indicator.reason) check(`${indicator.name} 原因`, found !== undefined && (indicator.reason === '无' ? found.deviationReason === undefined : found.deviationReason === indicator.reason), indicator.reason, found?.deviationReason !== undefined);
  }
  if (t.total.score != null) check('总分 得分', sameNumber(file?.evaluation?.claimed?.totalScore, t.total.score), '总分', file?.evaluation?.claimed?.totalScore !== undefined);
  if (t.total.weight != null) {
    const weights = (file?.evaluation?.indicators ?? []).reduce((sum, i) => sum + Number(i.weight), 0);
    // The 分值 total is what the read weights add up to: a table read in part is not wrong for that.
    check('总分 分值', Math.abs(weights - t.total.weight) < 1e-9, '总分');
  }
  return checks;
}
