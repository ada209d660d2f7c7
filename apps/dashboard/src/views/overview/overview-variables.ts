import type { DashboardOverviewQueryVariables } from '@jixiao/contract';

/** The part of the scope store the overview asks with. */
export interface OverviewScope {
  readonly fiscalYear: number | null;
  readonly yearChosen: boolean;
  readonly regionCode: string | null;
  readonly asOf: string | null;
}

/**
 * The overview query's variables. Until the user picks a year the API answers its default (the
 * newest year with data) in the same round trip. One function for the view and the start-up
 * warm-up, so that both ask the same question and Apollo sends it once.
 */
export function overviewVariables(scope: OverviewScope): DashboardOverviewQueryVariables {
  return {
    ...(scope.yearChosen && scope.fiscalYear !== null ? { fiscalYear: scope.fiscalYear } : {}),
    ...(scope.regionCode === null ? {} : { regionCode: scope.regionCode }),
    ...(scope.asOf === null ? {} : { asOf: scope.asOf }),
  };
}
