import type { FieldChange } from '../../database/schema/index.js';
import type { HistoryFields } from './project-history-fields.js';

/**
 * The fields that differ between two flattenings of a project, in the order of the later one
 * (then the removed ones): added rows have `before` null, removed rows `after` null.
 */
export function diffFields(before: HistoryFields, after: HistoryFields): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, now] of after) {
    const was = before.get(field)?.value ?? null;
    if (was !== now.value) changes.push({ field, label: now.label, before: was, after: now.value });
  }
  for (const [field, was] of before) {
    if (!after.has(field) && was.value !== null) changes.push({ field, label: was.label, before: was.value, after: null });
  }
  return changes;
}
