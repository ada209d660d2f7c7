/**
 * CSV that Excel opens correctly: a UTF-8 byte order mark (without it Excel reads Chinese as GBK and
 * shows mojibake), CRLF line ends, RFC 4180 quoting.
 */
const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (=, +, @, or - not starting a number) gets a leading
 * apostrophe: project names are user input (OWASP "CSV injection").
 */
function neutralise(cell: string): string {
  return /^[=+@\t\r]|^-(?![\d.])/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  const safe = neutralise(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Hands the text to the browser as a file download. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on the next task: revoking synchronously can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
