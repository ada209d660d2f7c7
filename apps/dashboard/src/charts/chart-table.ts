/**
 * The figures behind a chart as a plain table: what a screen reader reads instead of the canvas
 * (which says nothing), and what a print-out or a spreadsheet can show. Cells are display text,
 * formatted as on the page (万元, %).
 */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}
