import { CliError } from '../cli-error.js';
import type { ProjectInput } from '../input/read-project-input.js';

/**
 * The core answers undefined when a project file has no evaluation part; scoring and auditing
 * then say so instead of printing an empty card.
 */
export function requireEvaluation<T>(result: T | undefined, input: ProjectInput, purpose: string): T {
  if (result === undefined) throw new CliError(`${input.file} 没有评价部分（evaluation），无法${purpose}`);
  return result;
}
