export * from './lifecycle-state.js';
export * from './lifecycle-action.js';
export { applyLifecycleAction, roleRefusal, DEFAULT_RESPONSE_WORKING_DAYS, type LifecycleOutcome, type LifecycleRefusal } from './apply-action.js';
export { lifecycleViolations } from './lifecycle-rules.js';
export { pendingSteps, type PendingStep } from './pending-steps.js';
export { addWorkingDays, weekday } from './working-days.js';
