import { registerEnumType } from '@nestjs/graphql';

/** 评级, by the framework's grade bands (default 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60). */
export enum Grade {
  excellent = 'excellent',
  good = 'good',
  fair = 'fair',
  poor = 'poor',
}
registerEnumType(Grade, { name: 'Grade', description: '评级: excellent 优, good 良, fair 中, poor 差.' });

/** 预警 colours of monitoring. */
export enum AlertColour {
  red = 'red',
  amber = 'amber',
  green = 'green',
  blue = 'blue',
}
registerEnumType(AlertColour, {
  name: 'AlertColour',
  description: '预警: red 红 (lagging badly), amber 黄, green 绿, blue 蓝 (an indicator far ahead of plan: was the target too low?).',
});

export enum FundSource {
  fiscal = 'fiscal',
  carryOver = 'carryOver',
  other = 'other',
}
registerEnumType(FundSource, { name: 'FundSource', description: '财政资金 fiscal / 上年结转 carryOver / 其他资金 other.' });

export enum EvaluationKind {
  selfEvaluation = 'selfEvaluation',
  departmentEvaluation = 'departmentEvaluation',
  financeEvaluation = 'financeEvaluation',
}
registerEnumType(EvaluationKind, { name: 'EvaluationKind', description: '单位自评 / 部门评价 / 财政评价.' });

export enum QualitativeTier {
  achieved = 'achieved',
  partiallyAchieved = 'partiallyAchieved',
  notAchieved = 'notAchieved',
}
registerEnumType(QualitativeTier, {
  name: 'QualitativeTier',
  description: '定性指标档次: achieved 达成年度指标 / partiallyAchieved 部分达成年度指标并具有一定效果 / notAchieved 未达成年度指标且效果较差.',
});

export function isGrade(value: string | null): value is Grade {
  return value !== null && value in Grade;
}

/** 完成目标可能性 (the core's CompletionLikelihood), reported per indicator in monitoring. */
export enum CompletionLikelihood {
  certain = 'certain',
  possible = 'possible',
  impossible = 'impossible',
}
registerEnumType(CompletionLikelihood, { name: 'CompletionLikelihood', description: '完成目标可能性: certain 确定能, possible 有可能, impossible 完全不可能.' });

/** 偏差原因类别 (the core's DeviationCauseCategory) of the monitoring form. */
export enum DeviationCauseCategory {
  funding = 'funding',
  institutional = 'institutional',
  staffing = 'staffing',
  hardware = 'hardware',
  other = 'other',
}
registerEnumType(DeviationCauseCategory, {
  name: 'DeviationCauseCategory',
  description: '偏差原因类别: funding 经费保障, institutional 制度保障, staffing 人员保障, hardware 硬件保障, other 其他.',
});
