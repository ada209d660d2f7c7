import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../repo-root.js';
import { schemaReference, withSchemaReference } from './schema-reference.js';

describe('schemaReference', () => {
  it('points at the committed schema, relative to a file written inside the repository', () => {
    expect(schemaReference(join(REPO_ROOT, 'packages/core/examples/x.json'))).toBe('../project-file.schema.json');
    expect(schemaReference(join(REPO_ROOT, 'project.json'))).toBe('packages/core/project-file.schema.json');
  });

  it('omits it for a file outside the repository', () => {
    expect(schemaReference(join(REPO_ROOT, '../elsewhere/project.json'))).toBeUndefined();
    expect(schemaReference('/tmp/project.json')).toBeUndefined();
  });
});

describe('withSchemaReference', () => {
  it('puts the reference first and drops the one the input had', () => {
    expect(Object.keys(withSchemaReference({ formatVersion: 1, $schema: 'old.json' }, 'new.json') as object)).toEqual(['$schema', 'formatVersion']);
    expect(withSchemaReference({ formatVersion: 1, $schema: 'old.json' }, 'new.json')).toEqual({ $schema: 'new.json', formatVersion: 1 });
    expect(withSchemaReference({ formatVersion: 1, $schema: 'old.json' }, undefined)).toEqual({ formatVersion: 1 });
  });
});
