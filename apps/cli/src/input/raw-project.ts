import type { RegionInput, Unplaced } from '@jixiao/documents';

/** What a reader makes of a file: the project file's JSON value, before validation, and what it could not place. */
export interface RawProject {
  readonly json: unknown;
  /** Statements or cells the reader saw but could not put into the project file (empty for .json). */
  readonly unplaced: readonly Unplaced[];
  /** What a table reader decided that the user should know (the sheet's own weights, cells counted once); empty for .json. */
  readonly notes: readonly Unplaced[];
}

export interface ReaderOptions {
  /** 地区 for reports and sheets that do not name it. */
  readonly region?: RegionInput;
  /** 年度 for reports and sheets that do not state it. */
  readonly fiscalYear?: number;
}

/** Reads the file at `path`; `shown` is the path as the user wrote it, for messages. Throws CliError. */
export type Reader = (path: string, shown: string, options: ReaderOptions) => Promise<RawProject>;
