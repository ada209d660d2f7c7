/** Why a target or actual text could not be read. */
export type TargetParseErrorCode =
  | 'empty'
  | 'unrecognised'
  | 'invalidNumber'
  | 'invalidDate'
  | 'tooLong';

/** A typed parse failure: the input, what went wrong and a Chinese message for the user. */
export class TargetParseError extends Error {
  constructor(
    readonly code: TargetParseErrorCode,
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'TargetParseError';
  }
}
