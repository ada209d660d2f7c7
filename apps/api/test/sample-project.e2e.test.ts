import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const SAMPLE = `query($id: ID!) {
  project(id: $id) {
    name fiscalYear synthetic fundingDocument
    unit { name } region { code name }
    budgetAmount { yuan wanYuan text } receivedAmount { wanYuan } spentAmount { wanYuan text }
    fundingRate { percent text } executionRate { percent text }
    totalScore grade monitoringDate
    executionAlert { colour timeProgress { text } }
    budgetLines { fundSource budgetAmount { wanYuan } receivedAmount { wanYuan } }
    expenses { category amount { wanYuan } }
    evaluation { kind frameworkId status claimedTotalScore claimedGrade team { name role } }
    scoreCard { frameworkId totalWeight totalScore grade gradeLabel unscoredCount dimensions { id name weight score } }
    indicators { key name weight target actual rule score claimedScore derivation deviation { kind deviationRate { text } meetsTarget } reasonMissing }
    auditFindings { code severity message path claimed computed }
    executionSeries { month timeProgress { text } }
    alerts { kind colour message }
  }
}`;

interface MoneyOut {
  yuan: string;
  wanYuan: string;
  text: string;
}
interface SampleProject {
  budgetAmount: MoneyOut;
  receivedAmount: MoneyOut;
  spentAmount: MoneyOut;
  fundingRate: { percent: string; text: string };
  executionRate: { percent: string; text: string };
  budgetLines: unknown[];
  expenses: { category: string }[];
  scoreCard: { frameworkId: string; totalWeight: string; totalScore: string; grade: string; dimensions: { name: string; weight: string }[] };
  totalScore: string;
  grade: string;
  indicators: { name: string; score: string | null; claimedScore: string | null; derivation: string }[];
  auditFindings: { code: string; claimed: string | null; computed: string | null; message: string }[];
  monitoringDate: string;
  executionAlert: unknown;
  executionSeries: unknown[];
  alerts: unknown[];
}

describe('the sample project (昌吉州 综治工作经费 2022)', () => {
  let app: TestApp;
  let project: SampleProject;

  beforeAll(async () => {
    app = await startTestApp({ demoProjects: 4 });
    const token = await app.login('zfw-staff');
    const found = await app.gql<{ searchProjects: { id: string; name: string }[] }>(
      '{ searchProjects(name: "综治经费", fiscalYear: 2022) { id name } }',
      {},
      token,
    );
    const id = found.data?.searchProjects[0]?.id;
    expect(found.data?.searchProjects[0]?.name).toBe('综治工作经费');
    const result = await app.gql<{ project: SampleProject }>(SAMPLE, { id }, token);
    expect(result.errors).toBeUndefined();
    if (!result.data?.project) throw new Error('the sample project was not found');
    project = result.data.project;
  });

  afterAll(() => app.close());

  it('has its budget of 100 / 100 / 91.02 万元', () => {
    expect(project.budgetAmount).toEqual({ yuan: '1000000.00', wanYuan: '100.00', text: '100.00万元' });
    expect(project.receivedAmount.wanYuan).toBe('100.00');
    expect(project.spentAmount).toEqual({ wanYuan: '91.02', text: '91.02万元' });
    expect(project.fundingRate.text).toBe('100.00%');
    expect(project.budgetLines).toContainEqual({ fundSource: 'fiscal', budgetAmount: { wanYuan: '100.00' }, receivedAmount: { wanYuan: '100.00' } });
  });

  it('has an execution rate of 91.02%', () => {
    expect(project.executionRate).toEqual({ percent: '91.02', text: '91.02%' });
  });

  it('is the real sample, not synthetic, in its unit and region', () => {
    expect(project).toMatchObject({
      name: '综治工作经费',
      fiscalYear: 2022,
      synthetic: false,
      fundingDocument: '昌州财行（2022）1号',
      unit: { name: '昌吉州党委政法委' },
      region: { code: '652300', name: '昌吉回族自治州' },
    });
    expect(project.expenses.map((e) => e.category)).toContain('宣传费');
  });

  it('has the score card computed by the core over 决策 20 / 过程 20 / 产出 30 / 效益 30', () => {
    const card = project.scoreCard;
    expect(card.frameworkId).toBe('department-evaluation-2020');
    expect(card.totalWeight).toBe('100.00');
    expect(card.dimensions.map((d) => [d.name, d.weight])).toEqual([
      ['决策', '20.00'],
      ['过程', '20.00'],
      ['产出', '30.00'],
      ['效益', '30.00'],
    ]);
    expect(project.totalScore).toBe(card.totalScore);
    expect(project.grade).toBe(card.grade);
    const execution = project.indicators.find((i) => i.name === '预算执行率');
    expect(execution).toMatchObject({ score: '4.55', claimedScore: '4.56' });
    expect(execution?.derivation).toContain('91.02%');
  });

  it('reports the audit findings of the report', () => {
    const findings = project.auditFindings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'score.mismatch', claimed: '4.56', computed: '4.55' }));
    expect(findings.some((f) => f.message.includes('宣传费'))).toBe(true);
  });

  it('is judged at 31 December 2022 by monitoring', () => {
    expect(project.monitoringDate).toBe('2022-12-31');
    expect(project.executionAlert).toEqual({ colour: 'green', timeProgress: { text: '100.00%' } });
    expect(project.executionSeries).toHaveLength(12);
    expect(project.alerts[0]).toMatchObject({ kind: 'execution', colour: 'green' });
  });
});
