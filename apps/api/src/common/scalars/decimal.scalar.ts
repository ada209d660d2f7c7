import { Decimal } from '@jixiao/core';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ApiErrorCode } from '../errors/api-error.js';

const DESCRIPTION = [
  'An exact decimal number written as a JSON string, e.g. "910200.00" or "4.55".',
  'Amounts are in 元 (yuan) with 2 decimals, scores and weights in points with 2 decimals,',
  'percentages in percent with 2 decimals ("91.02" means 91.02%).',
  'Never parse it into a floating-point number to compute with; inputs must be strings too.',
].join(' ');

function invalid(value: unknown): GraphQLError {
  return new GraphQLError(`不是有效的数字: ${JSON.stringify(value)}（应为字符串形式的十进制数，如 "91.02"）`, {
    extensions: { code: ApiErrorCode.BadUserInput, reason: 'notADecimal' },
  });
}

function parse(value: unknown): Decimal {
  if (typeof value !== 'string' || !/^-?\d{1,16}(\.\d{1,6})?$/.test(value.trim())) throw invalid(value);
  return Decimal.from(value.trim());
}

/** Exact decimals cross the API as strings; see {@link DESCRIPTION}. */
export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  description: DESCRIPTION,
  serialize(value) {
    if (value instanceof Decimal) return value.toString();
    if (typeof value === 'string') return Decimal.from(value).toString();
    throw invalid(value);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid(ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : ast.kind);
    return parse(ast.value);
  },
});
