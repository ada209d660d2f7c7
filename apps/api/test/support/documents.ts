import JSZip from 'jszip';

/**
 * A .docx of `paragraphs` numbered report paragraphs: within every unpacking limit (each
 * paragraph different, so it compresses like prose), yet at 150,000 paragraphs reading it takes
 * about 10 s and 800 MB of heap — the file that the reader threads' deadline and heap cap stop.
 */
export async function longReportDocx(paragraphs: number): Promise<Uint8Array> {
  const body = Array.from({ length: paragraphs }, (_, i) => `<w:p><w:r><w:t>第${i}条：项目资金${(i * 37) % 9973}万元，完成率${i % 100}%。</w:t></w:r></w:p>`);
  return docx(body.join(''));
}

/** A .docx whose document.xml inflates to ≈ 88 MB from ≈ 90 KB, like the upload that took the API down. */
export function zipBombDocx(): Promise<Uint8Array> {
  return docx('<w:p><w:r><w:t>项目绩效目标全部完成，满意度达到百分之九十五。</w:t></w:r></w:p>'.repeat(1_000_000));
}

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
