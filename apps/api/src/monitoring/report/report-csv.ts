import type { MonitoringReportResponse } from '@sluitend/domain';
import { overviewRows, reportTables, SUPPRESSED, type ReportValue } from './report-tables';

const SEPARATOR = ';';
const BYTE_ORDER_MARK = '\uFEFF';
const HEADER = ['sectie', 'onderdeel', 'maand', 'waarde'];
const OVERVIEW_SECTION = 'Overzicht';

/**
 * The report as one long table `sectie;onderdeel;maand;waarde`, as Dutch Excel opens it without an import
 * wizard: semicolons, a decimal comma, UTF-8 with a byte order mark, CRLF line ends (RFC 4180).
 *
 * The header block (title, period, municipalities, when it was made, the threshold and how to read it) comes
 * first as ordinary rows of section `Overzicht`, not as comment lines, so every line has the same four fields
 * and a program reads the file as one table. Then one row per figure: `onderdeel` names the row and, where a
 * table has more than one figure per row, the figure ("Ingediend — over de norm"); `maand` (YYYY-MM) is only
 * filled in `Doorstroom per maand`. A suppressed figure reads "<5"; a lead time no escalation reached is empty.
 */
export function reportCsv(report: MonitoringReportResponse): Buffer {
  const lines: string[][] = [HEADER];
  for (const [label, text] of overviewRows(report)) lines.push([OVERVIEW_SECTION, label, '', text]);
  for (const table of reportTables(report)) {
    for (const { key, values } of table.rows) {
      values.forEach((value, index) => {
        const figure = table.valueHeaders[index] ?? '';
        if (key.kind === 'month') {
          lines.push([table.title, figure, key.month, csvValue(value)]);
          return;
        }
        const item = table.valueHeaders.length === 1 ? key.label : `${key.label} — ${figure.toLowerCase()}`;
        lines.push([table.title, item, '', csvValue(value)]);
      });
    }
  }
  const text = lines.map((fields) => fields.map(csvField).join(SEPARATOR)).join('\r\n');
  return Buffer.from(`${BYTE_ORDER_MARK}${text}\r\n`, 'utf8');
}

function csvValue(value: ReportValue): string {
  switch (value.kind) {
    case 'count':
      return String(value.value);
    case 'days':
      // One decimal, as the XLSX shows it; a comma, as Dutch Excel reads a decimal number.
      return value.value.toFixed(1).replace('.', ',');
    case 'suppressed':
      return SUPPRESSED;
    case 'empty':
      return '';
  }
}

/**
 * Quotes what would break the table, and defuses text a spreadsheet would run as a formula: organisation and
 * reason names are typed by people, and "=HYPERLINK(…)" in a name must stay text (OWASP, CSV injection).
 */
function csvField(field: string): string {
  const defused = /^[=+\-@\t\r]/.test(field) && !/^-?\d+(,\d+)?$/.test(field) ? `'${field}` : field;
  return /[;"\r\n]/.test(defused) || defused !== defused.trim() ? `"${defused.replace(/"/g, '""')}"` : defused;
}
