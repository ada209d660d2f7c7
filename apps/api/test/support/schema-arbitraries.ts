import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';

/** Values a test knows to exist (ids of stored rows), mixed into the generated ones. */
export interface KnownValues {
  readonly ids: readonly string[];
  /** A valid project file (JSON text) to corrupt for String arguments named `file`. */
  readonly projectFile: string;
}

/** Strings that break naive code: NUL, control and combining characters, huge, empty, SQL, markup. */
const NASTY_TEXT = ['', ' ', '\u0000', 'a\u0000b', '\t\n', '\u202e', '😀', '\ud800', "'; drop table projects; --", '<script>', '%_', '\\', 'null', 'NaN', '-1', '1e309'];
const DOMAIN_TEXT = ['综治工作经费', '培训场次', '≥10次', '≤20万元', '95%', '10次', '逐步提高', '2023-03-15', '2023-02-30', 'fiscal', 'excellent', '652300', '652302', '宣传费'];
const DECIMALS = ['0', '1', '0.01', '1.005', '-5', '100', '99.99', '100.01', '9999999999999999.99', '99999999999999999', '123456789012345678901234', '1e5', '', 'abc', ' 1 ', '-0', '0.000001'];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DOMAIN_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(300), '字'.repeat(5000)) },
);
const int = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.integer({ min: 1985, max: 2105 }),
  fc.constantFrom(-2147483648, 2147483647),
  fc.integer(),
);
const decimal = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DECIMALS) },
  { weight: 3, arbitrary: fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 4 })).map(([n, scale]) => decimalText(n, scale)) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer()) },
);

function decimalText(n: bigint, scale: number): string {
  const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return n < 0n ? `-${body}` : body;
}

/** A project file with one leaf replaced by a hostile value, or some other JSON text. */
function projectFile(known: KnownValues): fc.Arbitrary<string> {
  const parsed = JSON.parse(known.projectFile) as unknown;
  const leaves = leafPaths(parsed);
  const replacement = fc.oneof(text, int, decimal, fc.constant(null), fc.constant({}), fc.constant([]));
  const corrupted = fc
    .tuple(fc.constantFrom(...leaves), replacement)
    .map(([path, value]) => JSON.stringify(replaceAt(parsed, path, value)));
  return fc.oneof({ weight: 6, arbitrary: corrupted }, { weight: 1, arbitrary: fc.json() }, { weight: 1, arbitrary: text });
}

function leafPaths(value: unknown, path: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}

/** A value for an input of this type; `name` (the argument or field) steers ids and files. */
export function inputValue(type: GraphQLInputType, name: string, known: KnownValues, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputValue(type.ofType, name, known, depth);
  if (isListType(type)) return fc.array(inputValue(type.ofType, name, known, depth + 1), { maxLength: depth > 1 ? 2 : 6 });
  if (isEnumType(type)) {
    return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: text });
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((field) => [field.name, fieldValue(field.type, field.name, known, depth + 1)])),
      { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) },
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
      // Projects start at version 1 and a successful change adds one: small numbers mostly match,
      // so generated changes reach the mutation's own checks instead of stopping at CONFLICT.
      if (name === 'expectedVersion') return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: int });
      return int;
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'Decimal':
      return decimal;
    case 'ID':
      return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...known.ids) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: text });
    default:
      if (name === 'file') return projectFile(known);
      return text;
  }
}

/** An optional field is sometimes left out, sometimes null (which may mean “clear it”). */
function fieldValue(type: GraphQLInputType, name: string, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  const value = inputValue(type, name, known, depth);
  return isNonNullType(type) ? value : fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** Arguments of a field as variables: optional ones sometimes omitted or null. */
export function argumentValues(field: GraphQLField<unknown, unknown>, known: KnownValues): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(field.args.map((arg) => [arg.name, fieldValue(arg.type, arg.name, known, 0)])),
    { requiredKeys: field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name) },
  );
}

/**
 * The operation text for a mutation with its arguments as variables (one text per mutation, so the
 * server parses and validates it once), selecting the result's own fields and those of the objects
 * right below it, so that what the mutation answers is read back too.
 */
export function mutationText(field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `mutation${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection(field.type, 1)} }`;
}

function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const parts: string[] = [];
  for (const child of Object.values(named.getFields())) {
    if (child.args.some((arg) => isNonNullType(arg.type))) continue;
    const childNamed = getNamedType(child.type);
    if (isLeafType(childNamed)) parts.push(child.name);
    else if (depth > 0) {
      const nested = selection(child.type, depth - 1);
      if (nested) parts.push(`${child.name}${nested}`);
    }
  }
  return parts.length > 0 ? ` { ${parts.join(' ')} }` : ' { __typename }';
}
