import { describe, expect, it } from 'vitest';
import { consistentProject } from '../../testing/project-builder.js';
import { auditProject } from '../audit-project.js';
import type { Finding } from '../finding.js';

/** The consistent project with the 培训次数 indicator turned into a deadline. */
function early(target: string, actual: string, fiscalYear?: number): Finding[] {
  const p = consistentProject({ indicators: [{ name: '创建任务', target, actual }] });
  const project = fiscalYear === undefined ? p : { ...p, info: { ...p.info, fiscalYear } };
  return (auditProject(project)?.findings ?? []).filter((f) => f.code === 'deadline.implausiblyEarly');
}

describe('deadline.implausiblyEarly', () => {
  it('flags a December deadline met in January (the sample’s 创建任务)', () => {
    const list = early('2022年12月20日', '2022年1月25日');
    expect(list).toMatchObject([
      {
        code: 'deadline.implausiblyEarly',
        severity: 'warning',
        message: '“创建任务”期限为 2022年12月20日，实际 2022年1月25日 即已完成（提前 329 天，年度开始后第 25 天），期限可能为事后设定或目标偏低',
        path: 'evaluation.indicators[0].actual',
        claimed: '2022年1月25日',
        computed: '2022年12月20日',
      },
    ]);
  });

  it('flags completion before the fiscal year began', () => {
    expect(early('2022年12月20日', '2021年11月1日')).toHaveLength(1);
  });

  it('flags completion within the first 60 days of the year only', () => {
    expect(early('2022年12月20日', '2022年3月1日')).toHaveLength(1); // day 60
    expect(early('2022年12月20日', '2022年3月2日')).toEqual([]); // day 61
  });

  it('accepts an early completion when the deadline itself was early in the year', () => {
    expect(early('2022年3月31日', '2022年1月20日')).toEqual([]); // 70 days early, not 120
  });

  it('ignores indicators that are not deadlines, and late completions', () => {
    expect(early('≥2次', '2次')).toEqual([]);
    expect(early('2022年12月20日', '完成')).toEqual([]);
    expect(early('2022年1月10日', '2022年1月20日')).toEqual([]);
  });
});
