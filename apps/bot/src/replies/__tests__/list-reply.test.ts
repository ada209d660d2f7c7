import { describe, expect, it } from 'vitest';
import type { ProjectList } from '../../data/shapes.js';
import { projectListReply } from '../list-reply.js';

const list: ProjectList = {
  items: [
    { id: 'p1', name: '铁路护路经费', unitName: '昌吉州党委政法委', executionRate: '35.5', timeProgress: '87.40', totalScore: '61', alert: 'red' },
    { id: 'p2', name: '教师培训经费', unitName: '昌吉州教育局', executionRate: null, timeProgress: '87.40', totalScore: null, alert: 'amber' },
  ],
  total: { count: 2, exact: true },
  fiscalYear: 2022,
  asOf: '2022-11-15',
  dashboardUrl: 'https://jixiao.example/monitoring',
};

describe('projectListReply', () => {
  it('shows execution, time progress and signed deviation, with a unit column over the whole scope', () => {
    const reply = projectListReply({ kind: 'belowTimeProgress' }, null, list);
    expect(reply.title).toBe('2022年 · 执行率低于序时进度的项目');
    expect(reply.alert).toBe('red');
    expect(reply.lines).toEqual(['共 2 个项目，数据截至 2022-11-15']);
    expect(reply.table).toEqual({
      header: ['项目', '单位', '执行率', '序时进度', '偏差(百分点)'],
      rows: [
        ['铁路护路经费', '昌吉州党委政法委', '35.50%', '87.40%', '-51.90'],
        ['教师培训经费', '昌吉州教育局', '—', '87.40%', '—'],
      ],
    });
  });

  it('drops the unit column within one unit and picks columns by question', () => {
    expect(projectListReply({ kind: 'lowestScore', limit: 3 }, '昌吉州党委政法委', list)).toMatchObject({
      title: '昌吉州党委政法委 · 2022年 · 得分最低的前 3 个项目',
      table: { header: ['项目', '得分'], rows: [['铁路护路经费', '61.00'], ['教师培训经费', '—']] },
    });
    expect(projectListReply({ kind: 'alerted' }, '昌吉州党委政法委', list).table?.rows[0]).toEqual(['铁路护路经费', '红灯', '35.50%']);
    expect(projectListReply({ kind: 'executionBelow', percent: 50 }, null, list).title).toBe('2022年 · 执行率低于 50% 的项目');
    expect(projectListReply({ kind: 'rankByExecution', direction: 'asc', limit: 1 }, null, { ...list, fiscalYear: null }).title).toBe('执行率最低的项目');
  });

  it('says how many qualify in all when it shows only the first, and "at least" when the API could not count them', () => {
    expect(projectListReply({ kind: 'executionBelow', percent: 50 }, null, { ...list, total: { count: 37, exact: true } }).lines).toEqual([
      '共 37 个项目，以下为前 2 个（数据截至 2022-11-15），其余请在看板中查看',
    ]);
    expect(projectListReply({ kind: 'belowTimeProgress' }, null, { ...list, total: { count: 100, exact: false } }).lines).toEqual([
      '共 至少 100 个项目，以下为前 2 个（数据截至 2022-11-15），其余请在看板中查看',
    ]);
    expect(projectListReply({ kind: 'largestDeviation', limit: 2 }, null, { ...list, total: { count: 31, exact: true } }).lines).toEqual([
      '在 31 个项目中排前 2 个（数据截至 2022-11-15）',
    ]);
  });

  it('says so when nothing matches', () => {
    const reply = projectListReply({ kind: 'largestDeviation', limit: 5 }, null, { ...list, items: [] });
    expect(reply.lines).toEqual(['没有符合条件的项目（数据截至 2022-11-15）。']);
    expect(reply.table).toBeUndefined();
  });
});
