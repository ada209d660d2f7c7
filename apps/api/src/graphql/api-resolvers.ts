import { AuthResolver } from '../auth/auth.resolver.js';
import { ChatSignInResolver } from '../auth/chat-sign-in/chat-sign-in.resolver.js';
import { AuditFieldsResolver } from '../modules/audit/audit-fields.resolver.js';
import { BudgetFieldsResolver } from '../modules/budgets/budget-fields.resolver.js';
import { BudgetMutationsResolver } from '../modules/budgets/budget-mutations.resolver.js';
import { ChatResolver } from '../modules/chat/chat.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { RankingsResolver } from '../modules/dashboard/rankings.resolver.js';
import { EvaluationFieldsResolver } from '../modules/evaluations/evaluation-fields.resolver.js';
import { EvaluationMutationsResolver } from '../modules/evaluations/evaluation-mutations.resolver.js';
import { HistoryFieldsResolver } from '../modules/history/history-fields.resolver.js';
import { IndicatorFieldsResolver } from '../modules/indicators/indicator-fields.resolver.js';
import { IndicatorMutationsResolver } from '../modules/indicators/indicator-mutations.resolver.js';
import { LifecycleMutationsResolver } from '../modules/lifecycle/lifecycle-mutations.resolver.js';
import { LifecycleResolver } from '../modules/lifecycle/lifecycle.resolver.js';
import { MonitoringFieldsResolver } from '../modules/monitoring/monitoring-fields.resolver.js';
import { ProjectMutationsResolver } from '../modules/projects/project-mutations.resolver.js';
import { ProjectsResolver } from '../modules/projects/projects.resolver.js';
import { RegionsResolver } from '../modules/regions/regions.resolver.js';
import { DigestDeliveryResolver } from '../modules/subscriptions/digest-delivery.resolver.js';
import { SubscriptionsResolver } from '../modules/subscriptions/subscriptions.resolver.js';
import { UnitsResolver } from '../modules/units/units.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';

/**
 * Every resolver class, for building the schema without booting the app (no database):
 * `pnpm --filter @jixiao/api schema`. The e2e schema test compares the booted app's schema with
 * the committed file as well, so a resolver missing here cannot go unnoticed.
 */
export const API_RESOLVERS = [
  AuthResolver,
  ChatSignInResolver,
  RegionsResolver,
  UnitsResolver,
  ProjectsResolver,
  ProjectMutationsResolver,
  BudgetFieldsResolver,
  BudgetMutationsResolver,
  IndicatorFieldsResolver,
  IndicatorMutationsResolver,
  EvaluationFieldsResolver,
  EvaluationMutationsResolver,
  LifecycleResolver,
  LifecycleMutationsResolver,
  HistoryFieldsResolver,
  AuditFieldsResolver,
  MonitoringFieldsResolver,
  DashboardResolver,
  RankingsResolver,
  ChatResolver,
  UsersResolver,
  SubscriptionsResolver,
  DigestDeliveryResolver,
];
