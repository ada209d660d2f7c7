import { describe, expect, it } from 'vitest';
import { translateEnglish } from '../english.js';
import { normalizeText } from '../normalize.js';

const translate = (text: string) => translateEnglish(normalizeText(text));

describe('translateEnglish', () => {
  it('turns known phrases into the Chinese words the parser reads and drops the fillers around them', () => {
    expect(translate('What is the execution rate of 综治工作经费?')).toBe('执行率 综治工作经费');
    expect(translate('how much has been spent on zzgzjf')).toBe('花了多少 zzgzjf');
    expect(translate('Which projects are behind schedule?')).toBe('哪些项目低于序时进度');
  });

  it('leaves Chinese and pinyin initials alone', () => {
    expect(translate('zzgzjf 执行率')).toBe('zzgzjf 执行率');
    expect(translate('shce')).toBe('shce');
    expect(translate('综治工作经费 is')).toBe('综治工作经费 is');
  });
});
