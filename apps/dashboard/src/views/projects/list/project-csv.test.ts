import type { ProjectRowFragment } from '@jixiao/contract';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../../locales';
import { projectsCsv } from './project-csv';

const money = (wanYuan: string) => ({ __typename: 'Money' as const, yuan: '0', wanYuan, text: '' });

describe('projectsCsv', () => {
  it('writes amounts in 万元 without separators, rates in percent and colours in words', () => {
    const row = {
      __typename: 'Project',
      id: '1',
      name: '综治工作经费',
      code: null,
      fiscalYear: 2022,
      synthetic: false,
      unit: { __typename: 'Unit', id: 'u', name: '昌吉州党委政法委' },
      region: { __typename: 'Region', code: '652300', name: '昌吉回族自治州' },
      adjustedBudgetAmount: money('1234.5'),
      receivedAmount: money('100.00'),
      spentAmount: money('91.02'),
      executionRate: { __typename: 'Rate', percent: '91.02', text: '91.02%' },
      totalScore: '98.3',
      grade: 'excellent',
      monitoringDate: '2022-12-31',
      executionAlert: { __typename: 'ExecutionAlert', colour: 'green', cause: '', timeProgress: { __typename: 'Rate', percent: '100.00', text: '100.00%' } },
    } as ProjectRowFragment;
    const { t } = createAppI18n().global;
    const lines = projectsCsv([row], (key) => t(key)).split('\r\n');
    expect(lines[0]?.startsWith('\uFEFF年度,地区,单位,项目名称')).toBe(true);
    expect(lines[1]).toBe('2022,昌吉回族自治州,昌吉州党委政法委,综治工作经费,,1234.50,100.00,91.02,91.02,100.00,绿,98.30,优,');
  });
});
