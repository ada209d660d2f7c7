import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../../testing/mount';
import { samplePreview } from '../../testing/sample-preview';
import ImportPreviewCard from './import-preview-card.vue';

describe('ImportPreviewCard', () => {
  it('shows the source, the budget, and the recomputed total beside the claimed one', () => {
    const wrapper = mountWithApp(ImportPreviewCard, { props: { preview: samplePreview() } });
    expect(wrapper.find('[data-source=txt]').text()).toBe('评价报告 (文本)');
    expect(wrapper.find('[data-field=project-name]').text()).toBe('综治工作经费（2022年）');
    expect(wrapper.find('[data-kpi=spent] dd').text()).toBe('91.02万元');
    expect(wrapper.find('[data-kpi=execution-rate] dd').text()).toBe('91.02%');
    expect(wrapper.find('[data-field=computed-total]').text()).toBe('98.30');
    expect(wrapper.find('[data-field=claimed-total]').text()).toBe('98.66');
    expect(wrapper.find('[data-field=claimed-total]').classes()).toContain('preview--differs');
    expect(wrapper.find('[data-field=total-differs]').exists()).toBe(true);
  });

  it('marks the dimensions whose claimed score differs, comparing as decimals', async () => {
    const wrapper = mountWithApp(ImportPreviewCard, { props: { preview: samplePreview() } });
    await flushPromises();
    const rows = wrapper.findAll('[data-table=preview-dimensions] .el-table__row');
    expect(rows.map((row) => row.findAll('td').map((cell) => cell.text()).join(' '))).toEqual(['决策 20.00 20.00 20.00', '过程 20.00 19.56 19.55', '产出 30.00 29.10 28.75', '效益 30.00 30.00 30.00']);
    expect(rows.map((row) => row.find('.preview--differs').exists())).toEqual([false, true, true, false]);
  });

  it('lists the audit findings most severe first with a count per severity, and the unplaced statements', async () => {
    const wrapper = mountWithApp(ImportPreviewCard, { props: { preview: samplePreview() } });
    await flushPromises();
    expect(wrapper.find('[data-severity-count=error]').text()).toBe('错误 2');
    expect(wrapper.find('[data-severity-count=info]').text()).toBe('提示 1');
    expect(wrapper.find('[data-severity-count=warning]').exists()).toBe(false);
    const findings = wrapper.findAll('[data-table=audit] .el-table__row');
    expect(findings.map((row) => row.find('[data-severity]').attributes('data-severity'))).toEqual(['error', 'error', 'info']);
    expect(findings[0]?.text()).toContain('4.56');
    expect(findings[0]?.text()).toContain('4.55');
    expect(wrapper.find('[data-section=unplaced]').text()).toContain('未能识别的内容（1）');
    expect(wrapper.find('[data-table=unplaced]').text()).toContain('项目组织管理较为规范');
  });

  it('says so when the file has no evaluation', async () => {
    const wrapper = mountWithApp(ImportPreviewCard, { props: { preview: samplePreview({ scoreCard: null, claimed: null, auditFindings: [], unplaced: [] }) } });
    await flushPromises();
    expect(wrapper.find('[data-section=preview-score]').text()).toContain('文件中没有评价');
    expect(wrapper.find('[data-table=unplaced]').text()).toContain('所有内容均已识别');
  });
});
