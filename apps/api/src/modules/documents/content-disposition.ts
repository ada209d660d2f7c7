/**
 * `attachment` with the Chinese file name (项目名-自评表.xlsx) as RFC 6266 / 5987 `filename*`, and
 * an ASCII `filename` for clients that do not read it. Characters no file system accepts are
 * replaced, so a project named “A/B” does not become a path.
 */
export function attachment(fileName: string, asciiFallback: string): string {
  const safe = fileName.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').trim() || asciiFallback;
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
