import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../testing/mount';
import AlertTag from './alert-tag.vue';

describe('AlertTag', () => {
  it('always says the colour in words', () => {
    expect(mountWithApp(AlertTag, { props: { colour: 'red' } }).text()).toBe('红');
    expect(mountWithApp(AlertTag, { props: { colour: 'amber' } }).text()).toBe('黄');
    expect(mountWithApp(AlertTag, { props: { colour: 'green', long: true } }).text()).toBe('绿色（正常）');
    expect(mountWithApp(AlertTag, { props: { colour: 'blue' } }).text()).toBe('蓝');
  });

  it('shows the absence of an alert as text too', () => {
    const wrapper = mountWithApp(AlertTag, { props: { colour: null } });
    expect(wrapper.text()).toBe('无');
    expect(wrapper.find('[data-alert]').exists()).toBe(false);
  });
});
