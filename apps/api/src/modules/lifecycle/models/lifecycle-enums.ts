import { registerEnumType } from '@nestjs/graphql';

/** The core's LifecycleStage, for the schema. */
export enum LifecycleStageEnum {
  targets = 'targets',
  execution = 'execution',
  selfEvaluation = 'selfEvaluation',
  rectification = 'rectification',
  resultsApplied = 'resultsApplied',
  published = 'published',
}
registerEnumType(LifecycleStageEnum, {
  name: 'LifecycleStage',
  description: '目标申报 targets → 执行监控 execution → 单位自评 selfEvaluation → 问题整改 rectification → 结果应用 resultsApplied → 绩效公开 published.',
});

export enum AlertResponseEnum {
  continue = 'continue',
  reallocate = 'reallocate',
  cancel = 'cancel',
}
registerEnumType(AlertResponseEnum, { name: 'AlertResponse', description: '继续执行 continue, 调剂 reallocate, 取消 cancel (调剂 and 取消 need a note stating the measures).' });

export enum LifecycleSide {
  unit = 'unit',
  finance = 'finance',
}
registerEnumType(LifecycleSide, { name: 'LifecycleSide', description: 'Who takes a step: the project\'s unit, or finance (财政).' });
