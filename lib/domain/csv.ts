// CSV as spreadsheets read it (RFC 4180): fields quoted when they hold a comma, quote or line break, and cells a
// spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return, also as their full-width
// or small forms such as "＝", and after leading spaces) made plain text with a leading apostrophe, as OWASP advises
// for CSV injection.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: null and undefined as empty, everything else as text, guarded and quoted as needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && looksLikeFormula(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Whether a spreadsheet might read the text as a formula: its compatibility form (NFKC) is what some of them parse. */
function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) || FORMULA_START.test(text.normalize("NFKC").trimStart());
}

/** One line of cells, ended with CRLF. */
export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
