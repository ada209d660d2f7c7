export {
  DEFAULT_EXECUTION_ALERT_THRESHOLDS,
  executionAlert,
  type AlertColour,
  type ExecutionAlert,
  type ExecutionAlertThresholds,
} from './execution-alert.js';
export {
  COMPLETION_LIKELIHOOD_LABELS,
  DEFAULT_INDICATOR_PROGRESS_THRESHOLDS,
  DEVIATION_CAUSE_CATEGORY_LABELS,
  indicatorProgressAlert,
  type CompletionLikelihood,
  type DeviationCauseCategory,
  type IndicatorProgressAlert,
  type IndicatorProgressInput,
  type IndicatorProgressThresholds,
} from './indicator-progress-alert.js';
export { monthlyExecution, type MonthlyExecution, type MonthlyExecutionPoint } from './monthly-execution.js';
export {
  DEFAULT_SCORE_RATE_MARGIN,
  scoreRateCheck,
  type ScoreRateCheck,
  type ScoreRateCheckInput,
} from './score-rate-check.js';
export { monthEnd, timeProgress, type TimeProgressMode } from './time-progress.js';
