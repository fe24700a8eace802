import type { MonitoringReportResponse } from '@sluitend/domain';
import { Workbook, type Worksheet } from 'exceljs';
import { monthLabel } from './report-labels';
import { overviewRows, reportTables, SUPPRESSED, type ReportTable, type ReportValue } from './report-tables';

const OVERVIEW_SHEET = 'Overzicht';
const KEY_COLUMN_WIDTH = 60;
const VALUE_COLUMN_WIDTH = 22;
const COUNT_FORMAT = '0';
// Days to one decimal: the cell keeps the exact figure, so a reader who widens the format loses nothing.
const DAYS_FORMAT = '0.0';

/** The report as an Excel workbook: the Overzicht sheet, then one sheet per table of `reportTables`. */
export async function reportWorkbook(report: MonitoringReportResponse): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Sluitend';
  workbook.title = report.title;
  workbook.created = new Date(report.generatedAt);
  workbook.modified = workbook.created;
  addOverview(workbook.addWorksheet(OVERVIEW_SHEET), report);
  for (const table of reportTables(report)) addTable(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addOverview(sheet: Worksheet, report: MonitoringReportResponse): void {
  sheet.columns = [{ width: 28 }, { width: 100 }];
  for (const [label, text] of overviewRows(report)) {
    const row = sheet.addRow([label, text]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
  }
  sheet.getRow(1).getCell(2).font = { bold: true, size: 14 };
}

function addTable(workbook: Workbook, table: ReportTable): void {
  const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: table.keyHeader, width: KEY_COLUMN_WIDTH },
    ...table.valueHeaders.map((header) => ({ header, width: VALUE_COLUMN_WIDTH })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const { key, values } of table.rows) {
    const row = sheet.addRow([key.kind === 'month' ? monthLabel(key.month) : key.label, ...values.map(cellValue)]);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 2);
      cell.alignment = { horizontal: 'right' };
      if (value.kind === 'count') cell.numFmt = COUNT_FORMAT;
      if (value.kind === 'days') cell.numFmt = DAYS_FORMAT;
    });
  }
}

function cellValue(value: ReportValue): number | string | null {
  switch (value.kind) {
    case 'count':
    case 'days':
      return value.value;
    case 'suppressed':
      return SUPPRESSED;
    case 'empty':
      return null;
  }
}
