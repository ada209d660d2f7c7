import type { ProjectFile } from '@jixiao/core';
import type { ReadInputResult, Unplaced } from '@jixiao/documents';
import { Money } from '../../common/models/money.model.js';
import { points } from '../../common/models/points.js';
import { Rate } from '../../common/models/rate.model.js';
import type { ProjectAnalysis } from '../analysis/project-analysis.js';
import { auditFindingViews } from '../audit/audit.presenter.js';
import type { AuditFinding } from '../audit/models/audit-finding.model.js';
import { Grade } from '../projects/models/enums.js';

interface MoneyJson {
  readonly yuan: string;
  readonly wanYuan: string;
  readonly text: string;
}

/**
 * The answer of POST /documents/preview. Numbers are strings with their decimals, as in GraphQL
 * (`"4.55"`, `{ yuan, wanYuan, text }`), and findings have the GraphQL `AuditFinding` shape, so
 * the dashboard shows a preview with the components it shows a stored project with.
 */
export interface ImportPreview {
  readonly fileName: string;
  readonly source: 'json' | 'xlsx' | 'txt' | 'docx';
  /** The project file read from the upload: `importProject(file: JSON.stringify(file))` confirms it. */
  readonly file: ProjectFile;
  /** Statements or cells that could not be placed, never silently dropped. */
  readonly unplaced: readonly Unplaced[];
  readonly budget: {
    readonly budgetAmount: MoneyJson;
    readonly receivedAmount: MoneyJson;
    readonly spentAmount: MoneyJson;
    readonly executionRate: { readonly percent: string; readonly text: string } | null;
  };
  /** As recomputed by the core; null when the file has no evaluation. */
  readonly scoreCard: {
    readonly frameworkName: string;
    readonly totalScore: string;
    readonly grade: Grade;
    readonly gradeLabel: string;
    readonly dimensions: readonly { readonly id: string; readonly name: string; readonly weight: string; readonly score: string; readonly claimedScore: string | null }[];
  } | null;
  /** What the document claims (总分, 等级), as written; null without an evaluation. */
  readonly claimed: { readonly totalScore: string | null; readonly grade: string | null } | null;
  readonly auditFindings: readonly AuditFinding[];
}

type ReadOk = Extract<ReadInputResult, { ok: true }>;

export function importPreviewView(fileName: string, read: ReadOk, analysis: ProjectAnalysis): ImportPreview {
  const { figures, report } = analysis;
  const card = report?.card;
  const claimedDimension = (id: string) => report?.claimed.dimensions.find((d) => d.id === id)?.score;
  return {
    fileName,
    source: read.source,
    file: analysis.file,
    unplaced: read.unplaced,
    budget: {
      budgetAmount: money(figures.budgetAmount),
      receivedAmount: money(figures.receivedAmount),
      spentAmount: money(figures.spentAmount),
      executionRate: figures.executionRate ? rate(Rate.of(figures.executionRate)) : null,
    },
    scoreCard: card
      ? {
          frameworkName: card.framework.name,
          totalScore: points(card.totalScore).toString(),
          grade: Grade[card.grade.grade],
          gradeLabel: card.grade.label,
          dimensions: card.dimensions.map((dimension) => {
            const claimed = claimedDimension(dimension.id);
            return {
              id: dimension.id,
              name: dimension.name,
              weight: points(dimension.weight).toString(),
              score: points(dimension.score).toString(),
              claimedScore: claimed === undefined ? null : claimed.toString(),
            };
          }),
        }
      : null,
    claimed: report ? { totalScore: report.claimed.totalScore?.toString() ?? null, grade: report.claimed.grade ?? null } : null,
    auditFindings: auditFindingViews({ analysis }),
  };
}

function money(yuan: Parameters<typeof Money.of>[0]): MoneyJson {
  const value = Money.of(yuan);
  return { yuan: value.yuan.toString(), wanYuan: value.wanYuan.toString(), text: value.text };
}

function rate(value: Rate): { percent: string; text: string } {
  return { percent: value.percent.toString(), text: value.text };
}
