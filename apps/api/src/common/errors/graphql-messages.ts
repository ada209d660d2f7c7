import type { GraphQLError } from 'graphql';
import { ApiErrorCode } from './api-error.js';

/** A graphql-js or mercurius error as the client reads it: a Chinese message and its code. */
export interface TranslatedError {
  readonly message: string;
  readonly extensions: { readonly code: ApiErrorCode | string; readonly field?: string; readonly reason?: string };
}

type Rule = readonly [pattern: RegExp, translate: (match: RegExpExecArray, cause: string | undefined) => TranslatedError];

const invalid = (message: string, reason: string, field?: string): TranslatedError => ({
  message,
  extensions: { code: ApiErrorCode.GraphqlValidationFailed, reason, ...(field === undefined ? {} : { field }) },
});
const badInput = (message: string, reason: string, field?: string): TranslatedError => ({
  message,
  extensions: { code: ApiErrorCode.BadUserInput, reason, ...(field === undefined ? {} : { field }) },
});

/** The variable path of a coercion error: `$input` at `input.amount` → `input.amount`. */
const variableField = (name: string | undefined, at: string | undefined): string | undefined => at ?? name;

/**
 * graphql-js 16's messages (validation/rules/*, execution/values.js), the ones a client can
 * provoke, each with its Chinese wording. `cause` is the message of the scalar or enum that
 * refused a value, when graphql-js appends one; it is already Chinese for the API's own scalars.
 * Suggestions ("Did you mean …") are cut before matching: they name schema fields.
 */
const RULES: readonly Rule[] = [
  [/^Syntax Error: Document contains more that (\d+) tokens/, (m) => ({
    message: `查询过长（上限 ${m[1]} 个词法单元），请拆分为多次查询`,
    extensions: { code: ApiErrorCode.QueryTooComplex, reason: 'tooManyTokens' },
  })],
  [/^Syntax Error: (.*)$/s, () => ({ message: 'GraphQL 查询语法错误', extensions: { code: ApiErrorCode.GraphqlParseFailed, reason: 'syntax' } })],
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\./, (m) => invalid(`类型 ${m[2]} 没有字段“${m[1]}”`, 'unknownField', m[1])],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"\./, (m) => invalid(`字段 ${m[2]} 没有参数“${m[1]}”`, 'unknownArgument', m[1])],
  [/^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\./, (m) =>
    invalid(`字段 ${m[1]} 缺少必填参数“${m[2]}”（类型 ${m[3]}）`, 'missingArgument', m[2])],
  [/^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields/, (m) => invalid(`字段“${m[1]}”（类型 ${m[2]}）须选择其下的字段`, 'missingSelection', m[1])],
  [/^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\./, (m) => invalid(`字段“${m[1]}”（类型 ${m[2]}）没有下级字段可选`, 'unexpectedSelection', m[1])],
  [/^Unknown type "([^"]+)"\./, (m) => invalid(`未知类型“${m[1]}”`, 'unknownType')],
  [/^Unknown fragment "([^"]+)"\./, (m) => invalid(`未定义的片段“${m[1]}”`, 'unknownFragment')],
  [/^Fragment "([^"]+)" is never used\./, (m) => invalid(`片段“${m[1]}”未被使用`, 'unusedFragment')],
  [/^Cannot spread fragment "([^"]+)" within itself/, (m) => invalid(`片段“${m[1]}”循环引用自身`, 'fragmentCycle')],
  [/^Unknown directive "@([^"]+)"\./, (m) => invalid(`未知指令“@${m[1]}”`, 'unknownDirective')],
  [/^Variable "\$([^"]+)" is never used/, (m) => invalid(`变量“$${m[1]}”未被使用`, 'unusedVariable', m[1])],
  [/^Variable "\$([^"]+)" is not defined/, (m) => invalid(`变量“$${m[1]}”未声明`, 'undefinedVariable', m[1])],
  [/^Variable "\$([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\./, (m) =>
    invalid(`变量“$${m[1]}”的类型 ${m[2]} 与此处要求的 ${m[3]} 不符`, 'variableTypeMismatch', m[1])],
  [/^Variable "\$([^"]+)" cannot be non-input type "([^"]+)"\./, (m) => invalid(`变量“$${m[1]}”不能是类型 ${m[2]}`, 'variableTypeMismatch', m[1])],
  [/^There can be only one (\w+) named "([^"]+)"\./, (m) => invalid(`“${m[2]}”重复出现`, 'duplicate', m[2])],
  [/^This anonymous operation must be the only defined operation\./, () => invalid('匿名操作只能是查询中唯一的操作', 'loneAnonymousOperation')],
  [/^Fields "([^"]+)" conflict because/, (m) => invalid(`字段或别名“${m[1]}”重复，但所选内容不同`, 'fieldConflict', m[1])],
  [/^GraphQL introspection has been disabled/, () => invalid('生产环境不开放接口结构查询（introspection）', 'introspectionDisabled')],
  [/^Directive "@([^"]+)" may not be used on/, (m) => invalid(`指令“@${m[1]}”不能用在此处`, 'misplacedDirective')],
  [/^The directive "@([^"]+)" can only be used once/, (m) => invalid(`指令“@${m[1]}”在此处只能用一次`, 'duplicate')],
  [/^Fragment (?:"[^"]+" )?cannot be spread here/, () => invalid('片段的类型与此处不符', 'fragmentTypeMismatch')],
  [/^Fragment (?:"[^"]+" )?cannot condition on non composite type "([^"]+)"/, (m) => invalid(`片段不能用于类型 ${m[1]}`, 'fragmentTypeMismatch')],
  [/^The (\w+) definition is not executable\./, () => invalid('查询中只能包含操作和片段', 'notExecutable')],
  // Values: the request is well formed, a value in it is not.
  [/^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\./, (m) => badInput(`缺少必填变量“$${m[1]}”（类型 ${m[2]}）`, 'missing', m[1])],
  [/^Variable "\$([^"]+)" of non-null type "([^"]+)" must not be null\./, (m) => badInput(`变量“$${m[1]}”（类型 ${m[2]}）不能为 null`, 'null', m[1])],
  [/^Variable "\$([^"]+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s, (m, cause) =>
    badInput(`变量“${variableField(m[1], m[3])}”的值无效：${valueProblem(cause ?? m[4] ?? '')}`, 'invalidValue', variableField(m[1], m[3]))],
  [/^Expected value of type "([^"]+)", found (.*?)(?:; (.*))?$/s, (m, cause) =>
    badInput(`值 ${m[2]} 不是有效的 ${m[1]}${cause ?? m[3] ? `：${valueProblem(cause ?? m[3] ?? '')}` : ''}`, 'invalidValue')],
  // A literal an enum or scalar refused, reported by graphql-js as the type said it.
  [/^(?:Value "[^"]*" does not exist in "[^"]+" enum|Enum "[^"]+" cannot represent|(?:Int|Float|String|Boolean|ID) cannot represent)/, (m) =>
    badInput(`值无效：${valueProblem(m.input)}`, 'invalidValue')],
  [/^Field "([^"]+)" of required type "([^"]+)" was not provided\./, (m) => badInput(`缺少必填字段“${m[1]}”（类型 ${m[2]}）`, 'missing', m[1])],
  [/^Field "([^"]+)" is not defined by type "([^"]+)"\./, (m) => badInput(`类型 ${m[2]} 没有字段“${m[1]}”`, 'unknownField', m[1])],
];

/** graphql-js' wording of why a value was refused, in Chinese (scalars of the API already are). */
function valueProblem(cause: string): string {
  const text = withoutSuggestion(cause);
  let match: RegExpExecArray | null;
  if ((match = /^Value "([^"]*)" does not exist in "([^"]+)" enum\./.exec(text))) return `“${match[1]}”不是 ${match[2]} 的可选值`;
  if ((match = /^Enum "([^"]+)" cannot represent non-(?:enum|string) value: (.*)\.$/.exec(text))) return `${match[2]} 不是 ${match[1]} 的可选值`;
  if (/^Int cannot represent non 32-bit signed integer value/.test(text)) return '整数超出范围（−2147483648 到 2147483647）';
  if (/^Int cannot represent/.test(text)) return '应为整数';
  if (/^Float cannot represent/.test(text)) return '应为数字';
  if (/^String cannot represent/.test(text)) return '应为字符串';
  if (/^Boolean cannot represent/.test(text)) return '应为 true 或 false';
  if (/^ID cannot represent/.test(text)) return '应为编号（字符串）';
  if ((match = /^Expected type "([^"]+)" to be an object\./.exec(text))) return `应为 ${match[1]} 对象`;
  if ((match = /^Field "([^"]+)" of required type "([^"]+)" was not provided\./.exec(text))) return `缺少必填字段“${match[1]}”`;
  if ((match = /^Field "([^"]+)" is not defined by type "([^"]+)"\./.exec(text))) return `类型 ${match[2]} 没有字段“${match[1]}”`;
  if (/^Expected non-nullable type "([^"]+)" not to be null\./.test(text)) return '不能为 null';
  // The API's own scalars answer in Chinese already; anything else is shown as graphql-js said it.
  return text;
}

/** Cuts graphql-js' " Did you mean …?" suffix, which names fields or values of the schema. */
export function withoutSuggestion(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
}

/** The suggestion graphql-js made, for development builds only. */
function suggestionOf(message: string): string | undefined {
  return /Did you mean ([^?]*)\?/.exec(message)?.[1];
}

/**
 * The Chinese form of an error graphql-js raised while parsing, validating or coercing
 * variables; undefined for an error it does not know (the caller decides what that means).
 */
export function translateGraphQLError(error: GraphQLError, options: { readonly production: boolean }): TranslatedError | undefined {
  const text = withoutSuggestion(error.message);
  const cause = error.originalError && error.originalError !== error ? causeOf(error.originalError) : undefined;
  for (const [pattern, translate] of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    let translated = translate(match, cause?.message);
    // The scalar's own reason (`notADecimal`…) says more than graphql-js' `invalidValue`.
    if (cause?.reason) translated = { ...translated, extensions: { ...translated.extensions, reason: cause.reason } };
    const suggestion = options.production ? undefined : suggestionOf(error.message);
    return suggestion ? { ...translated, message: `${translated.message}（是否想用 ${suggestion}？）` } : translated;
  }
  return undefined;
}

/** The scalar error graphql-js wrapped, when it is one of the API's (Chinese, with a reason). */
function causeOf(original: Error): { readonly message: string; readonly reason: string | undefined } | undefined {
  const extensions = (original as { extensions?: { code?: unknown; reason?: unknown } }).extensions;
  if (extensions?.code !== ApiErrorCode.BadUserInput) return undefined;
  return { message: original.message, reason: typeof extensions.reason === 'string' ? extensions.reason : undefined };
}
