export type { Actual, PlainDate, QualitativeExpectation, Quantity, Target, TargetKind, TargetOperator } from './target.js';
export { TargetParseError, type TargetParseErrorCode } from './target-parse-error.js';
export type { ParseResult } from './parse-result.js';
export { MAX_TEXT_LENGTH, parseActual, parseTarget, type ParseTargetOptions } from './parse-target.js';
export { impliedOperator } from './implied-operator.js';
export { OPERATOR_SIGNS } from './operators.js';
export { formatActual, formatDate, formatTarget } from './format-target.js';
export { convertQuantity, sameUnitFamily, unitFamily, type UnitFamily } from './units.js';
export { QUALITATIVE_WORDING, tierOfWording } from './qualitative-wording.js';
