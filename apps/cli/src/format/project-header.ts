import type { EvaluationFramework, ProjectInfo } from '@jixiao/core';

/** The lines that say which project and framework a table is about. */
export function projectHeader(info: ProjectInfo, framework: EvaluationFramework): string[] {
  return [
    `项目：${info.name}`,
    `单位：${info.unit.name}    年度：${info.fiscalYear ?? '（未写明）'}`,
    `评价体系：${framework.name}（${framework.id}）`,
  ];
}
