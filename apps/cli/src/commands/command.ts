import type { CliIo } from '../cli-io.js';
import type { ExitCode } from '../exit-codes.js';

/** One `jixiao <name>` command; adding a command is adding a file that exports one of these. */
export interface Command {
  /** English, as typed: `score`. */
  readonly name: string;
  /** One Chinese line for the command list. */
  readonly summary: string;
  /** The full Chinese help printed by `jixiao <name> --help`. */
  readonly help: string;
  /** Throws a CliError for anything the user must fix; the router prints it. */
  run(args: readonly string[], io: CliIo): Promise<ExitCode>;
}
