import { EXIT, type ExitCode } from './exit-codes.js';

/**
 * A failure the user can act on (a missing file, invalid JSON, an unknown option). The router
 * prints it in Chinese without a stack trace and exits with its code.
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** One line each, e.g. every `path: message` of a schema violation. */
    readonly details: readonly string[] = [],
    /** What to do next, e.g. where the help is. */
    readonly hint?: string,
    readonly exitCode: ExitCode = EXIT.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A mistake in the command line itself; points at the command's help. */
export function usageError(command: string, message: string): CliError {
  return new CliError(message, [], `运行 jixiao ${command} --help 查看用法`);
}
