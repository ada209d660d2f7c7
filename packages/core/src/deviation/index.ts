export {
  deviationOf,
  indicatorDeviation,
  type DateDeviation,
  type Deviation,
  type DeviationDirection,
  type NotComparable,
  type QualitativeDeviation,
  type QuantitativeDeviation,
  type UnitMismatch,
} from './deviation.js';
export {
  hasDeviationReason,
  missingReasons,
  reasonRequirements,
  type MissingReason,
  type ReasonRequirement,
  type ReasonRequirementCode,
} from './reason-requirement.js';
