import { describe, expect, it } from 'vitest';
import type { Project } from '../../evaluation/evaluation.js';
import { Decimal } from '../../money/decimal.js';
import { consistentProject } from '../../testing/project-builder.js';
import { auditProject } from '../audit-project.js';
import type { Finding } from '../finding.js';
import { claimsOnTarget } from './reasons-and-statements.js';

function findings(p: Project, prefix: string): Finding[] {
  return (auditProject(p)?.findings ?? []).filter((f) => f.code.startsWith(prefix));
}

describe('reason.missing', () => {
  it('asks for a reason when the score is below the weight', () => {
    const list = findings(consistentProject({ indicators: [{ actual: '1次', claimedScore: 30 }] }), 'reason.');
    expect(list).toMatchObject([
      {
        code: 'reason.missing',
        severity: 'warning',
        message: '“培训次数”未填写偏差原因分析及改进措施：得分 30 低于分值 60',
        path: 'evaluation.indicators[0].deviationReason',
        claimed: '1次',
      },
    ]);
  });

  it('asks for a reason for a large overshoot even at full marks', () => {
    const list = findings(consistentProject({ indicators: [{ actual: '3次' }] }), 'reason.');
    expect(list).toHaveLength(1);
    expect(list[0]?.message).toContain('为指标值 2次 的 150.00%，达到超额阈值 130.00%');
    expect(findings(consistentProject({ indicators: [{ actual: '2.5次' }] }), 'reason.')).toEqual([]);
  });

  it('asks for a reason when a cap is exceeded', () => {
    const list = findings(consistentProject({ indicators: [{}, { actual: '120万元', claimedScore: 32 }] }), 'reason.');
    expect(list[0]?.message).toBe('“宣传费”未填写偏差原因分析及改进措施：得分 32 低于分值 40；实际完成值 120万元 超过指标值上限 100万元');
  });

  it('is satisfied by a written reason, not by whitespace', () => {
    expect(findings(consistentProject({ indicators: [{ actual: '1次', claimedScore: 30, deviationReason: '疫情影响，下半年补办' }] }), 'reason.')).toEqual([]);
    expect(findings(consistentProject({ indicators: [{ actual: '1次', claimedScore: 30, deviationReason: '  ' }] }), 'reason.')).toHaveLength(1);
  });
});

describe('statement.contradicts', () => {
  it('flags “与预期目标一致” on an indicator that deviates', () => {
    const list = findings(consistentProject({ indicators: [{}, { actual: '60.32万元'.replace('60.32', '160.32'), claimedScore: 0, statement: '与预期目标一致', deviationReason: '超支' }] }), 'statement.');
    expect(list).toMatchObject([{ code: 'statement.contradicts', severity: 'warning', path: 'evaluation.indicators[1].claimed.statement', claimed: '与预期目标一致', computed: '160.32万元' }]);
    expect(list[0]?.message).toContain('报告称“宣传费”“与预期目标一致”，但');
    expect(list[0]?.message).toContain('超过指标值上限 100万元');
  });

  it('flags a group statement over each deviating indicator of the group', () => {
    const list = findings(
      consistentProject({
        indicators: [{ actual: '1次', claimedScore: 30, deviationReason: '疫情' }],
        claims: { groups: [{ level1: 'output', level2: 'quantity', score: Decimal.from(30), statement: '数量指标均完成了预期目标' }], dimensions: [{ level1: 'output', score: Decimal.from(70) }], totalScore: Decimal.from(70), grade: '中' },
      }),
      'statement.',
    );
    expect(list.map((f) => [f.path, f.claimed])).toEqual([['evaluation.claimed.groups[0].statement', '数量指标均完成了预期目标']]);
  });

  it('leaves true statements alone', () => {
    expect(findings(consistentProject({ indicators: [{ statement: '与预期目标一致' }] }), 'statement.')).toEqual([]);
  });
});

describe('claimsOnTarget', () => {
  it.each(['与预期目标一致', '与目标值一致', '达到预期', '符合预期', '完成了预期目标', '已全部完成', '达成年度目标'])('reads “%s” as on target', (text) => {
    expect(claimsOnTarget(text)).toBe(true);
  });

  it.each(['部分完成', '未达到预期', '没有达到预期', '未能完成预期目标', '不符合预期', '尚未完成目标', '未达成年度目标', '与预期目标存在差距'])('does not read “%s” as on target', (text) => {
    expect(claimsOnTarget(text)).toBe(false);
  });
});
