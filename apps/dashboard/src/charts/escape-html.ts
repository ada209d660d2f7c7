const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * ECharts draws tooltips as HTML and unit and project names are user input: escaped here rather
 * than with ECharts' own encodeHTML, which would pull ECharts into the chunks that build options.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
