/**
 * How much an Office package (.xlsx/.docx are zip files) may unpack to before any parser sees it.
 * exceljs and mammoth inflate every part into memory and build a DOM of it at tens of bytes per
 * byte of XML, so the inflated size, not the upload's, is what costs memory: a 244 KB .docx whose
 * document.xml inflated to 80 MB ran the API out of memory (4.7 GB). Real 自评表 and evaluation
 * reports inflate to a few MB; the limits leave several times that.
 */
export const PACKAGE_LIMITS = {
  /**
   * A report has about 15 parts, a workbook about 10 plus 2–3 per sheet; a thousand leaves room for
   * a workbook of hundreds of sheets or a report full of images, while a many-entry zip (each entry
   * a little memory in every parser) is refused from its central directory alone.
   */
  maxEntries: 1000,
  /** The largest single part (document.xml, a sheet, sharedStrings): real ones are 1–3 MB of XML. */
  maxEntryBytes: 16 * 1024 * 1024,
  /** All parts together: images are already compressed and count about 1:1 against the upload's size. */
  maxTotalBytes: 64 * 1024 * 1024,
  /**
   * Inflated ÷ compressed, per part and for the whole package. XML compresses 5–30× (very
   * repetitive markup a few hundred); deflate's ceiling is about 1030×, where zip bombs sit. Parts
   * under `ratioFloorBytes` are exempt: a small part may compress very well and costs nothing.
   */
  maxRatio: 400,
  ratioFloorBytes: 1024 * 1024,
} as const;

export type PackageLimits = { readonly [K in keyof typeof PACKAGE_LIMITS]: number };
