import { describe, expect, it } from 'vitest';
import { readStream } from './read-stream.js';
import { toProjectFile } from './to-project-file.js';

/** A 自评表 as a page that lost every separator, in full-width digits, amounts in 元. */
const RUN_TOGETHER =
  '项目支出绩效自评表（2022年度）项目名称乡村道路养护主管部门某县交通运输局资金情况（元）全年预算数（A）全年执行数（B）分值执行率（B/A）得分' +
  '年度资金总额：２０００００１５００００１０７５．００％７．５' +
  '一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标（50分）数量指标养护里程３０≥１２０公里１２６公里３０质量指标路面完好率２０≥９０％８５％１８' +
  '效益指标（30分）社会效益指标群众出行便利３０显著改善显著改善３０总分１００９５．５';

describe('a table whose cells ran together, read from its words and values', () => {
  const read = toProjectFile(readStream(RUN_TOGETHER), {}, true);

  it('splits the digits the one way the columns allow, full-width digits and a 元 header included', () => {
    // 200000 | 150000 | 10 | 75.00% | 7.5: 150000 ÷ 200000 is the printed rate, 7.5 ≤ 10.
    expect(read?.file.budget.fundRows).toEqual([expect.objectContaining({ label: '年度资金总额:', role: 'total', adjustedBudgetAmount: '200000', spentAmount: '150000', executionRate: '75.00' })]);
    const indicators = read?.file.evaluation?.indicators.map((i) => [i.name, i.weight, i.target, i.actual, i.claimed?.score]);
    expect(indicators).toEqual([
      ['预算执行率', '10', undefined, undefined, '7.5'],
      ['养护里程', '30', '≥120公里', '126公里', '30'],
      ['路面完好率', '20', '≥90%', '85%', '18'],
    ]);
    expect(read?.notes.some((n) => n.reason.includes('“年度资金总额:”一行的数字连在一起，按各列的约束只有一种拆法'))).toBe(true);
  });

  it('lists a row whose words run into each other (“显著改善显著改善”) and, with a row unread, the 总分 too', () => {
    expect(read?.unplaced.find((u) => u.text.startsWith('群众出行便利'))?.reason).toMatch(/种读法/);
    expect(read?.file.evaluation?.claimed?.totalScore).toBeUndefined();
    expect(read?.unplaced.find((u) => u.text.startsWith('总分'))?.reason).toContain('有指标行未能读入');
  });
});

/** A scrambled page (08 稷山): the indicator header, then rows with no 一级/二级 label above them, then 质量指标. */
const unlabelled = (firstLabel: string) =>
  '项目支出绩效自评表（2021年度） 项目名称 健康服务 一级指标 二级指标 三级指标 年度指标值 全年实际值 分值 得分 ' +
  '指标1:建立预防接种证 221人 221人 2 2 指标2:孕产妇访视数 214人 203人 2 1.8 ' +
  `${firstLabel} 指标1:档案合格率 ≥90% 95% 5 5`;

describe('rows printed before any 一级/二级 label', () => {
  it('are 产出/数量 when the first label printed is 质量指标 (the form has no other group before it), with a note saying so', () => {
    const read = toProjectFile(readStream(unlabelled('质量指标')), {}, true);
    const rows = read?.file.evaluation?.indicators.filter((i) => i.level1 === 'output').map((i) => [i.level2, i.name, i.weight, i.target, i.actual, i.claimed?.score]);
    expect(rows).toEqual([
      ['quantity', '指标1:建立预防接种证', '2', '221人', '221人', '2'],
      ['quantity', '指标2:孕产妇访视数', '2', '214人', '203人', '1.8'],
      ['quality', '指标1:档案合格率', '5', '≥90%', '95%', '5'],
    ]);
    expect(read?.notes.filter((n) => n.reason.includes('上方没有印出一级/二级指标')).map((n) => n.text)).toEqual(['指标1:建立预防接种证', '指标2:孕产妇访视数']);
  });

  it('stay listed when the first label printed proves nothing about the rows above it', () => {
    for (const label of ['时效指标', '社会效益指标', '产出指标']) {
      const read = toProjectFile(readStream(unlabelled(label)), {}, true);
      expect((read?.file.evaluation?.indicators ?? []).some((i) => i.name === '指标2:孕产妇访视数')).toBe(false);
      expect(read?.unplaced.find((u) => u.text.startsWith('指标2:孕产妇访视数'))?.reason).toContain('没有可识别的一级/二级指标');
    }
  });
});
