/** A chart's or list's data as CSV for Excel: UTF-8 with a byte-order mark, CRLF lines, quoted when needed. */
export type Cell = string | number | null | undefined;

export function toCsv(columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const quote = (cell: Cell) => {
    // A text starting like a formula is kept as text (a leading apostrophe), so a spreadsheet never runs it; numbers stay numbers.
    const text = cell === null || cell === undefined ? '' : typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + [columns, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Saves the CSV through a blob: link (nothing leaves the browser). */
export function downloadCsv(fileName: string, columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>): void {
  const url = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.csv') ? fileName : `${fileName}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** 0.256 → "25.6%"; null (nothing to measure) → "—". */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}
