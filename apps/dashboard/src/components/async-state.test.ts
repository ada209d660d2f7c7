import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../testing/mount';
import AsyncState from './async-state.vue';

const slots = { default: '<p class="content">内容</p>' };

describe('AsyncState', () => {
  it('shows the content when loaded', () => {
    const wrapper = mountWithApp(AsyncState, { props: { loading: false }, slots });
    expect(wrapper.find('.content').exists()).toBe(true);
  });

  it('shows a skeleton while loading and an empty state without data', () => {
    expect(mountWithApp(AsyncState, { props: { loading: true }, slots }).find('[data-state=loading]').exists()).toBe(true);
    const empty = mountWithApp(AsyncState, { props: { loading: false, empty: true }, slots });
    expect(empty.find('[data-state=empty]').exists()).toBe(true);
    expect(empty.text()).toContain('暂无数据');
  });

  it('shows the API\'s Chinese message and offers a retry', async () => {
    const error = new ApolloError({ graphQLErrors: [new GraphQLError('项目不存在或无权访问', { extensions: { code: 'NOT_FOUND' } })] });
    const wrapper = mountWithApp(AsyncState, { props: { loading: false, error }, slots });
    expect(wrapper.text()).toContain('项目不存在或无权访问');
    await wrapper.find('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });
});
