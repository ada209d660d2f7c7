import type { RegionInput } from '@jixiao/documents';
import { Inject, Injectable } from '@nestjs/common';
import { eq, TransactionRollbackError } from 'drizzle-orm';
import type { RequestContext } from '../../auth/request-context.js';
import { Role } from '../../auth/role.js';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import { requireRegionCode } from '../../common/validation/ids.js';
import { requireFiscalYear } from '../../common/validation/text.js';
import { DB, type Db } from '../../database/database.types.js';
import { regions, units } from '../../database/schema/index.js';
import { analyseProjectFile, type ProjectAnalysis } from '../analysis/project-analysis.js';
import { resolveImportOwner } from '../projects/project-owner.js';
import { DocumentReaderService } from './document-reader.service.js';
import { UPLOAD_MAX_BYTES } from './document-routes.js';
import { contentHash } from '../history/content-hash.js';
import { findDuplicate, type DuplicateProject } from '../projects/import-duplicates.js';
import { importPreviewView, type ImportPreview } from './import-preview.presenter.js';
import type { Upload } from './upload.js';

/**
 * Reads an uploaded file (project JSON, 自评表 .xlsx, report .txt/.docx) into the project file and
 * answers it with the core's score card and audit — and writes nothing. The user confirms with the
 * existing `importProject(file)` mutation, which takes the answered `file` as it is.
 */
@Injectable()
export class ImportPreviewService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly readers: DocumentReaderService,
  ) {}

  async preview(ctx: RequestContext, upload: Upload): Promise<ImportPreview & { readonly duplicateOf: DuplicateProject | null }> {
    const fiscalYear = upload.fiscalYear === undefined ? undefined : requireFiscalYear('fiscalYear', Number(upload.fiscalYear));
    const region = await this.regionFor(ctx, upload.regionCode);
    const read = await this.readers.read(upload.bytes, upload.fileName, {
      maxBytes: UPLOAD_MAX_BYTES,
      ...(region ? { region } : {}),
      ...(fiscalYear === undefined ? {} : { fiscalYear }),
    });
    if (!read.ok) {
      // The package's CLI wording names an option; over HTTP the option is the form field.
      const message = read.error.code === 'regionRequired' ? '报告中未写明所属地区：请在上传时选择地区（表单字段 regionCode，如 652300）' : read.error.message;
      throw ApiError.badInput('file', read.error.code, message);
    }
    const result = analyseProjectFile(read.file);
    if (!result.ok) {
      const first = result.issues[0];
      throw new ApiError(ApiErrorCode.InvalidProjectFile, `读出的项目数据有 ${result.issues.length} 处错误，第一处：${first?.path} ${first?.message}`, {
        ...(first ? { field: first.path } : {}),
        reason: 'schema',
        issues: result.issues,
      });
    }
    const duplicateOf = await this.assertMayImport(ctx, result.analysis);
    return { ...importPreviewView(upload.fileName, read, result.analysis), duplicateOf: duplicateOf ?? null };
  }

  /**
   * The same owner rules as the confirmation (importProject): unit staff only their own unit's
   * projects, a file's region matching its unit's. They run in a transaction that is always rolled
   * back — an admin's file naming a new unit would create it — so a preview that passes means the
   * confirmation will, and nothing is written either way. Answers the stored project the import
   * would repeat, so the user is told before confirming (the confirmation refuses it unless told).
   */
  private async assertMayImport(ctx: RequestContext, analysis: ProjectAnalysis): Promise<DuplicateProject | undefined> {
    let duplicate: DuplicateProject | undefined;
    try {
      await this.db.transaction(async (tx) => {
        const owner = await resolveImportOwner(tx, ctx, analysis.file);
        const { project } = analysis.file;
        duplicate = await findDuplicate(tx, { owner, importHash: contentHash(analysis.file), name: project.name, fiscalYear: project.fiscalYear });
        tx.rollback();
      });
    } catch (error) {
      if (!(error instanceof TransactionRollbackError)) throw error;
    }
    return duplicate;
  }

  /** Staff's reports are their unit's: its region. Others may name one for reports that do not say. */
  private async regionFor(ctx: RequestContext, regionCode: string | undefined): Promise<RegionInput | undefined> {
    const user = ctx.requireUser;
    if (user.role === Role.unitStaff && user.unitId) {
      const [own] = await this.db
        .select({ code: regions.code, name: regions.name })
        .from(units)
        .innerJoin(regions, eq(regions.code, units.regionCode))
        .where(eq(units.id, user.unitId));
      return own;
    }
    if (regionCode === undefined) return undefined;
    const [named] = await this.db
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .where(eq(regions.code, requireRegionCode('regionCode', regionCode)));
    if (!named) throw ApiError.badInput('regionCode', 'unknownRegion', `行政区划代码 ${regionCode} 不存在`);
    return named;
  }
}
