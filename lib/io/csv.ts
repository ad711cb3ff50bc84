/**
 * CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, a field
 * quoted when it holds a comma, quote or line break, quotes doubled. A UTF-8
 * byte-order mark up front makes Excel read accents and Cyrillic right.
 *
 * Saved text comes from web pages, so a cell must never become a formula: a
 * cell starting with = + - @ (or a tab or carriage return, which some
 * spreadsheets skip before looking) gets a leading apostrophe, the OWASP
 * advice against CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return cells.map(csvCell).join(',');
}

/** A whole document: header, rows, CRLF after each line, with the byte-order mark. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  const lines = [csvRow(header)];
  for (const row of rows) lines.push(csvRow(row));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Reads CSV back (RFC 4180, as written above); for tests and for checking
 * that what we write is what a spreadsheet reads.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && input[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
