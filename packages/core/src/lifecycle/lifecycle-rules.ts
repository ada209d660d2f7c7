import type { LifecycleStage, LifecycleState } from './lifecycle-state.js';
import { LIFECYCLE_STAGES } from './lifecycle-state.js';

const at = (stage: LifecycleStage) => LIFECYCLE_STAGES.indexOf(stage);

/**
 * The rules every state of a project's year keeps, whatever steps led there; answers the broken
 * ones (empty when the state is sound). applyLifecycleAction never produces a state that breaks
 * one (the property test tries every sequence); the API checks stored states with it on read.
 */
export function lifecycleViolations(state: LifecycleState): string[] {
  const broken: string[] = [];
  const rule = (holds: boolean, text: string) => {
    if (!holds) broken.push(text);
  };
  const stage = at(state.stage);
  rule(stage >= 0, `未知阶段 ${state.stage}`);
  rule((state.stage === 'targets') === (state.targets.status !== 'approved'), '目标未通过复审就进入了后续阶段');
  rule(state.rounds.filter((r) => r.status !== 'reviewed').length <= 1, '同时有多轮运行监控未审核');
  rule(state.adjustments.filter((a) => a.status === 'pending').length <= 1, '同时有多项调整待审核');
  rule(
    state.rounds.every((r, i) => r.throughMonth >= 1 && r.throughMonth <= 12 && (i === 0 || r.throughMonth > (state.rounds[i - 1]?.throughMonth ?? 0))),
    '监控期间不是逐轮推后的 1–12 月',
  );
  rule(
    state.rounds.every((r) => r.status === 'reviewed' || r.alerts.every((a) => a.responseDue === undefined && a.response === undefined)),
    '未审核的监控轮次有了预警回复',
  );
  rule(state.rounds.every((r) => r.status !== 'reviewed' || r.alerts.every((a) => a.responseDue !== undefined)), '已审核的预警没有回复期限');
  rule(state.rounds.every((r) => r.alerts.every((a) => a.response === undefined || a.response === 'continue' || !!a.responseNote)), '调剂或取消没有说明措施');
  if (stage > at('execution')) {
    rule(state.rounds.every((r) => r.status === 'reviewed'), '运行监控未审核完成就进入了自评');
    rule(state.adjustments.every((a) => a.status !== 'pending'), '调整未审核完成就进入了自评');
  }
  rule(state.adjustments.every((a) => a.status !== 'rejected' || !!a.reviewReason), '不予调整没有原因');
  const evaluation = state.selfEvaluation.status;
  rule(evaluation !== 'submitted' || state.stage === 'selfEvaluation', '自评已提交却不在自评阶段');
  rule((evaluation === 'accepted') === (stage >= at('rectification')), '自评未通过就进入了整改');
  rule(state.rectifications.length === 0 || stage >= at('rectification'), '自评通过前就下达了整改任务');
  rule(state.rectifications.every((t) => t.status === 'open' || !!t.evidence), '整改任务没有材料就提交或销号');
  rule((state.results !== undefined) === (stage >= at('resultsApplied')), '结果应用与阶段不一致');
  rule(state.results === undefined || state.rectifications.every((t) => t.status === 'closed'), '整改未销号就做了结果应用');
  rule((state.disclosure !== undefined) === (state.stage === 'published'), '公开情况与阶段不一致');
  rule(state.disclosure === undefined || state.disclosure.public || !!state.disclosure.reason, '不公开没有说明原因');
  return broken;
}
