import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { NETWORK_MESSAGE, UNKNOWN_MESSAGE, errorMessage, fieldErrors } from './api-errors';

const failure = (...graphQLErrors: GraphQLError[]) => ({ graphQLErrors, networkError: null });

describe('errorMessage', () => {
  it('keeps the API\'s Chinese message', () => {
    expect(errorMessage(failure(new GraphQLError('实际完成值不是有效的数字', { extensions: { code: 'BAD_USER_INPUT' } })))).toBe(
      '实际完成值不是有效的数字',
    );
  });

  it('replaces English and transport failures with Chinese', () => {
    expect(errorMessage(failure(new GraphQLError('Cannot query field "x"')))).toBe(UNKNOWN_MESSAGE);
    expect(errorMessage(failure(new GraphQLError('expired', { extensions: { code: 'UNAUTHENTICATED' } })))).toBe('登录已失效，请重新登录');
    expect(errorMessage({ graphQLErrors: [], networkError: new Error('fetch failed') })).toBe(NETWORK_MESSAGE);
  });
});

describe('fieldErrors', () => {
  it('maps errors and issues to their fields', () => {
    const errors = fieldErrors(
      failure(
        new GraphQLError('请填写偏差原因', { extensions: { code: 'BAD_USER_INPUT', field: 'input.indicators[1].reason' } }),
        new GraphQLError('文件有误', { extensions: { code: 'INVALID_PROJECT_FILE', issues: [{ path: 'budget.lines[0]', message: '缺少金额' }] } }),
      ),
    );
    expect(errors).toEqual({ 'input.indicators[1].reason': '请填写偏差原因', 'budget.lines[0]': '缺少金额' });
  });
});
