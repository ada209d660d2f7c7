import { validateFramework, validateIndicatorWeights } from '../../frameworks/validate-framework.js';
import type { AuditContext } from '../audit-context.js';
import type { Finding } from '../finding.js';

/** 权重: weights sum to the total and each level's subtotal matches its children (10号 第二十三条). */
export function checkWeights({ evaluation }: AuditContext): Finding[] {
  const { framework, indicators } = evaluation;
  return [...validateFramework(framework), ...validateIndicatorWeights(framework, indicators)].map((issue) => ({
    code: issue.code === 'outputBenefitShare' ? 'framework.outputBenefitShare' : 'framework.weights',
    severity: 'error',
    message: issue.message,
    path: issue.path.startsWith('indicators') ? `evaluation.${issue.path}` : `evaluation.framework.${issue.path}`,
    ...(issue.expected ? { computed: issue.expected } : {}),
    ...(issue.actual ? { claimed: issue.actual } : {}),
  }));
}
