import { describe, expect, it } from 'vitest';
import { parseSubscriptionCommand } from '../subscription-command.js';

describe('parseSubscriptionCommand', () => {
  it.each([
    ['订阅 预警周报', { kind: 'subscribe', frequency: 'weekly' }],
    ['订阅预警周报', { kind: 'subscribe', frequency: 'weekly' }],
    ['订阅每周预警', { kind: 'subscribe', frequency: 'weekly' }],
    ['订阅每日预警', { kind: 'subscribe', frequency: 'daily' }],
    ['订阅　每天预警提醒！', { kind: 'subscribe', frequency: 'daily' }],
    ['订阅', { kind: 'subscribe', frequency: null }],
    ['订阅每日和每周', null],
    ['取消订阅', { kind: 'unsubscribe', frequency: null }],
    ['取消订阅 预警周报', { kind: 'unsubscribe', frequency: 'weekly' }],
    ['退订每日预警', { kind: 'unsubscribe', frequency: 'daily' }],
    ['我的订阅', { kind: 'list' }],
  ] as const)('%s', (text, expected) => {
    expect(parseSubscriptionCommand(text)).toEqual(expected);
  });

  it('questions that merely contain the word are left to the question parser', () => {
    for (const text of ['订阅了哪些项目', '综治工作经费执行率多少', '订阅费花了多少', '如何订阅']) expect(parseSubscriptionCommand(text), text).toBeNull();
  });
});
