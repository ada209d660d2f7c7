/** What a staff member can ask about one project (Chinese terms: see the glossary). */
export type ProjectMetric =
  | 'overview'
  | 'executionRate'
  | 'fundingRate'
  | 'budget'
  | 'spent'
  | 'remaining'
  | 'timeProgress'
  | 'deviation'
  | 'alert'
  | 'score'
  | 'grade'
  | 'failedIndicators'
  | 'whyAlert';

export type ListFilter =
  | { readonly kind: 'belowTimeProgress' }
  | { readonly kind: 'executionBelow'; readonly percent: number }
  | { readonly kind: 'largestDeviation'; readonly limit: number }
  | { readonly kind: 'lowestScore'; readonly limit: number }
  | { readonly kind: 'alerted' };

/** Which unit a list or summary is about: the asker's own, a named one, or (lists only) the asker's whole scope. */
export type UnitMention =
  | { readonly kind: 'own' }
  | { readonly kind: 'scope' }
  | { readonly kind: 'named'; readonly text: string };

export type HelpTopic = 'capabilities' | 'dataDate';

/** The platform-free reading of one message, before names are resolved against data. */
export type ParsedIntent =
  | { readonly kind: 'projectMetric'; readonly metric: ProjectMetric; readonly projectMention: string; readonly fiscalYear: number | null }
  | { readonly kind: 'projectList'; readonly filter: ListFilter; readonly unit: UnitMention; readonly fiscalYear: number | null }
  | { readonly kind: 'unitSummary'; readonly unit: UnitMention; readonly fiscalYear: number | null }
  | { readonly kind: 'help'; readonly topic: HelpTopic }
  | { readonly kind: 'choice'; readonly index: number };
