import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal, auditProject, formatPercent, formatWanYuan, loadProjectFile, scoreProject, budgetFigures, type Finding, type Project } from './index.js';

/** The sample report transcribed by hand: examples/changji-zongzhi-2022.json. */
function loadSample(): Project {
  const json: unknown = JSON.parse(readFileSync(new URL('../examples/changji-zongzhi-2022.json', import.meta.url), 'utf8'));
  const result = loadProjectFile(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.project;
}

const text = (value: unknown) => (value instanceof Decimal ? value.normalize().toString() : String(value));

describe('the sample project (昌吉州 综治工作经费 2022)', () => {
  it('has the report’s budget: 100 / 100 / 91.02万元, execution 91.02%', () => {
    const figures = budgetFigures(loadSample().budget);
    expect(formatWanYuan(figures.adjustedBudgetAmount)).toBe('100.00万元');
    expect(formatWanYuan(figures.receivedAmount)).toBe('100.00万元');
    expect(formatWanYuan(figures.spentAmount)).toBe('91.02万元');
    expect(figures.executionRate && formatPercent(figures.executionRate)).toBe('91.02%');
  });

  it('scores under the report’s own 20/20/30/30 framework, every score with its derivation', () => {
    const card = scoreProject(loadSample());
    if (!card) throw new Error('no score card');
    expect(card.dimensions.map((d) => [d.name, d.weight.toString()])).toEqual([
      ['决策', '20'],
      ['过程', '20'],
      ['产出', '30'],
      ['效益', '30'],
    ]);
    expect(card.indicators).toHaveLength(28);
    expect(card.unscored).toHaveLength(0);
    const execution = card.indicators.find((s) => s.indicator.name === '预算执行率');
    expect(execution?.score.toFixed(2)).toBe('4.55');
    expect(execution?.derivation).toContain('5 × 91.02% = 4.55');
    const publicity = card.indicators.find((s) => s.indicator.name === '宣传费');
    expect(publicity?.score.toFixed(2)).toBe('0.00');
    expect(card.dimensions.map((d) => d.score.toFixed(2))).toEqual(['20.00', '19.55', '28.75', '30.00']);
    expect(card.totalScore.toFixed(2)).toBe('98.30');
    expect(card.grade.label).toBe('优');
    for (const scored of card.indicators) expect(scored.derivation.length).toBeGreaterThan(5);
  });

  it('audits: the findings a finance reviewer must see', () => {
    const report = auditProject(loadSample());
    if (!report) throw new Error('no audit report');
    const find = (code: string, path?: string): Finding | undefined => report.findings.find((f) => f.code === code && (path === undefined || f.path === path));

    const execution = find('score.mismatch', 'evaluation.indicators[7].claimed.score');
    expect(execution?.severity).toBe('error');
    expect(text(execution?.claimed)).toBe('4.56');
    expect(text(execution?.computed)).toBe('4.55');

    const publicity = report.findings.find((f) => f.code === 'statement.contradicts' && f.message.includes('宣传费'));
    expect(publicity?.message).toContain('60.32万元');
    expect(publicity?.message).toContain('与预期目标一致');

    const costs = find('budget.costActualsSum');
    expect(costs?.severity).toBe('error');
    expect(text(costs?.claimed)).toBe('918200');
    expect(text(costs?.computed)).toBe('910200');

    const total = find('total.mismatch');
    expect(text(total?.claimed)).toBe('98.66');
    expect(text(total?.computed)).toBe('98.3');

    expect(find('deadline.implausiblyEarly')?.path).toBe('evaluation.indicators[15].actual');
    expect(find('monitoring.scoreRateOverExecution')).toBeDefined();
    expect(find('sum.total')).toBeUndefined(); // the report's own addition 20 + 19.56 + 29.10 + 30 is right
    expect(find('grade.band')).toBeUndefined();
    expect(report.claimed.totalScore?.toString()).toBe('98.66');
    expect(report.recomputed.totalScore?.toFixed(2)).toBe('98.30');
    expect(report.findings.map((f) => f.severity)).toEqual([...report.findings.map((f) => f.severity)].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });
});
