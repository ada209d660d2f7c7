import { dirname, isAbsolute, relative, sep } from 'node:path';
import { PUBLISHED_SCHEMA, REPO_ROOT } from '../repo-root.js';

/**
 * The `"$schema"` of a project file written to `outPath` (absolute): the committed schema, relative
 * to the file, when the file is inside the repository (as packages/core/examples/*.json do); none
 * otherwise, because a path leaving the repository breaks as soon as either is moved.
 */
export function schemaReference(outPath: string): string | undefined {
  const inRepo = relative(REPO_ROOT, outPath);
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) return undefined;
  return relative(dirname(outPath), PUBLISHED_SCHEMA).split(sep).join('/');
}

/** The project file JSON with `$schema` first, or without it; a previous reference is dropped (it was relative to the input). */
export function withSchemaReference(json: unknown, reference: string | undefined): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const { $schema: _previous, ...rest } = json as Readonly<Record<string, unknown>>;
  return reference === undefined ? rest : { $schema: reference, ...rest };
}
