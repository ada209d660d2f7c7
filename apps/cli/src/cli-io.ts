/**
 * Everything a command touches outside its arguments, injected so that tests run commands
 * in-process and read what they printed.
 */
export interface CliIo {
  /** Writes the text as is; callers end their lines. */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Where relative paths given by the user are resolved. */
  readonly cwd: string;
  /** Print stack traces of internal errors (JIXIAO_DEBUG=1). */
  readonly debug: boolean;
}

export function nodeIo(): CliIo {
  // `pnpm jixiao …` runs with the repository root as cwd; INIT_CWD is where the user typed it.
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    debug: process.env.JIXIAO_DEBUG === '1',
  };
}

/** Joins lines and ends the last one, the form every command prints in. */
export function lines(...texts: readonly string[]): string {
  return `${texts.join('\n')}\n`;
}
