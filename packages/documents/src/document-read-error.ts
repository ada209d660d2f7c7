/** Why a document could not be read at all (as opposed to a statement in it that could not be placed). */
export type DocumentReadErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'unsupportedType'
  | 'corrupt'
  | 'noContent'
  | 'regionRequired'
  | 'invalidProject'
  | 'timeout';

/** A typed failure with a Chinese message for the user; callers map it to `{ ok: false, error }`. */
export class DocumentReadError extends Error {
  constructor(
    readonly code: DocumentReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentReadError';
  }
}

/** A statement (or cell) the importer saw but could not place: listed, never silently dropped. */
export interface Unplaced {
  /** The text as written (or the cell's content). */
  readonly text: string;
  /** Chinese: why it was not placed. */
  readonly reason: string;
  /** For spreadsheets: `自评表!F12`. */
  readonly where?: string;
}
