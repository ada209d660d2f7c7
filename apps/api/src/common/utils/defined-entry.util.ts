/**
 * `{ [key]: value }` when the value is present, `{}` otherwise: spreads optional fields into
 * objects without writing `undefined` (exactOptionalPropertyTypes) or SQL nulls into them.
 */
export function definedEntry<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value === undefined || value === null ? {} : ({ [key]: value } as { [P in K]: V });
}

/** Like {@link definedEntry}, but keeps null: “omitted stays, null clears” inputs. */
export function providedEntry<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
