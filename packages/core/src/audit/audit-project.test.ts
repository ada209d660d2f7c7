import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { ScoringRuleRegistry, defaultRegistry } from '../scoring/rule-registry.js';
import { consistentProject, project } from '../testing/project-builder.js';
import { AUDIT_CHECKS } from './audit-evaluation.js';
import { auditProject } from './audit-project.js';

describe('auditProject', () => {
  it('finds nothing in a consistent project', () => {
    const report = auditProject(consistentProject());
    expect(report?.findings).toEqual([]);
    expect(report?.recomputed.totalScore?.toFixed(2)).toBe('100.00');
    expect(report?.recomputed.grade).toBe('优');
    expect(report?.claimed).toMatchObject({ grade: '优', dimensions: [{ id: 'output', name: '产出' }] });
    expect(report?.claimed.totalScore?.eq(100)).toBe(true);
  });

  it('answers undefined for a project without an evaluation', () => {
    const { evaluation: _evaluation, ...withoutEvaluation } = project({ indicators: [] });
    expect(auditProject(withoutEvaluation)).toBeUndefined();
  });

  it('orders findings by severity, keeping the checks’ order within one', () => {
    const report = auditProject(
      consistentProject({
        indicators: [{ actual: '1次', claimedScore: 60 }, { actual: '120万元', statement: '与预期目标一致', deviationReason: '超支' }],
        claims: { grade: '良' },
      }),
    );
    const severities = report?.findings.map((f) => f.severity) ?? [];
    expect(severities.length).toBeGreaterThan(3);
    const rank = { error: 0, warning: 1, info: 2 };
    expect(severities).toEqual([...severities].sort((a, b) => rank[a] - rank[b]));
    expect(new Set(severities)).toEqual(new Set(['error', 'warning']));
  });

  it('runs only the checks it is given and scores with the registry it is given', () => {
    const inconsistent = consistentProject({ indicators: [{ actual: '1次' }] });
    expect(auditProject(inconsistent, { checks: [] })?.findings).toEqual([]);
    expect(auditProject(inconsistent, { checks: AUDIT_CHECKS })?.findings.length).toBeGreaterThan(0);
    const generous = defaultRegistry.with({ id: 'higherIsBetter', label: '总给满分', basis: '测试', score: (i) => ({ ok: true, score: i.weight, explain: () => '满分' }) });
    expect(generous).toBeInstanceOf(ScoringRuleRegistry);
    const report = auditProject(inconsistent, { registry: generous, checks: AUDIT_CHECKS.slice(1, 2) });
    expect(report?.findings).toEqual([]);
    expect(report?.recomputed.totalScore?.eq(Decimal.from(100))).toBe(true);
  });

  it('writes each finding’s message when read, and into JSON', () => {
    const report = auditProject(consistentProject({ indicators: [{ actual: '1次', claimedScore: 60 }] }));
    const mismatch = report?.findings.find((f) => f.code === 'score.mismatch');
    expect(mismatch?.message).toMatch(/^“.+”自评得分 60\.00，按“正向指标（越高越好）”应为 30\.00（/);
    expect(JSON.parse(JSON.stringify(mismatch))).toEqual({
      code: 'score.mismatch',
      severity: 'error',
      message: mismatch?.message,
      path: 'evaluation.indicators[0].claimed.score',
      claimed: '60',
      computed: '30',
    });
  });
});
