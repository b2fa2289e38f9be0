/**
 * The two export formats. CSV: UTF-8 with a byte-order mark (Excel then reads Chinese correctly),
 * RFC 4180 (CRLF line ends; a cell with a comma, a quote, CR or LF is quoted, quotes doubled), a
 * header row of the columns' dot paths, one row per node. NDJSON: one node per line, as the graph
 * returned it.
 */
export type ExportFormat = 'csv' | 'ndjson';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'ndjson'];

/** The byte-order mark that starts every CSV export. */
export const CSV_BOM = '\uFEFF';

/** Values of a list in one CSV cell are joined with this. */
export const LIST_SEPARATOR = '; ';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
 * apostrophe (OWASP's CSV-injection advice): an export of records other people typed is opened by
 * analysts in Excel. Only strings: numbers are written as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One value as cell text: null empty, strings guarded against formulas, other scalars as JSON prints them. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** RFC 4180 quoting of one cell. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record (CRLF-terminated). */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The values at a dot path under a node; a list on the way contributes each of its items. */
export function valuesAt(node: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(node)) return node.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return [node];
  if (node === null || typeof node !== 'object') return [];
  return valuesAt((node as Record<string, unknown>)[path[0]], path.slice(1));
}

/** A node's CSV record: one cell per column, a list's values joined. */
export function csvRow(node: unknown, columns: ReadonlyArray<readonly string[]>): string {
  return csvRecord(columns.map((path) => valuesAt(node, path).map(cellText).join(LIST_SEPARATOR)));
}

/** The first bytes of a file: the BOM and the header row (CSV), nothing (NDJSON). */
export function fileStart(format: ExportFormat, columns: readonly string[]): string {
  return format === 'csv' ? `${CSV_BOM}${csvRecord(columns)}` : '';
}

/** The rows of one page in a format. */
export function pageText(format: ExportFormat, nodes: readonly unknown[], columns: ReadonlyArray<readonly string[]>): string {
  let text = '';
  for (const node of nodes) text += format === 'csv' ? csvRow(node, columns) : `${JSON.stringify(node)}\n`;
  return text;
}

/** `attachment` with the file's name: `<field>-<YYYYMMDD-HHmm in China Standard Time>.<format>`. */
export function contentDisposition(rootField: string, format: ExportFormat, now = new Date()): string {
  const cst = new Date(now.getTime() + 8 * 3_600_000).toISOString();
  const stamp = `${cst.slice(0, 10).replace(/-/g, '')}-${cst.slice(11, 16).replace(':', '')}`;
  return `attachment; filename="${rootField.replace(/[^A-Za-z0-9_-]/g, '_')}-${stamp}.${format}"`;
}
