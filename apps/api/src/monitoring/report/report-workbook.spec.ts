import { Workbook } from 'exceljs';
import { exampleDashboard } from '../../testing/monitoring-dashboard.example';
import { reportWorkbook } from './report-workbook';
import { toReport } from './to-report';

const report = () => toReport(exampleDashboard(), { regionName: 'Rivierenland', municipalityNames: ['Tiel'] });

async function readBack(): Promise<Workbook> {
  const workbook = new Workbook();
  const file = await reportWorkbook(report());
  // exceljs types its input as an ArrayBuffer; Node's Buffer is a view on one.
  await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  return workbook;
}

const rowValues = (workbook: Workbook, sheet: string, row: number) =>
  (workbook.getWorksheet(sheet)?.getRow(row).values as unknown[]).slice(1);

describe('reportWorkbook', () => {
  it('has the Overzicht sheet and one sheet per section, in order', async () => {
    expect((await readBack()).worksheets.map((sheet) => sheet.name)).toEqual([
      'Overzicht',
      'Aanmeldingen per status',
      'Doorstroom per maand',
      'Doorlooptijden',
      'Per gemeente',
      'Per sector',
      'Redenen',
      'Afspraken over de deadline',
      'Signalen',
    ]);
  });

  it('states title, period, municipalities, time of making and the threshold on the Overzicht sheet', async () => {
    const workbook = await readBack();
    const overview = workbook.getWorksheet('Overzicht');
    const rows = new Map<string, string>();
    overview?.eachRow((row) => rows.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(rows.get('Titel')).toBe('Monitoring sluitende aanpak — Regio Rivierenland');
    expect(rows.get('Periode')).toBe('1 januari 2026 t/m 28 februari 2026');
    expect(rows.get('Gemeenten')).toBe('Tiel');
    // 09:15 UTC is 10:15 in Amsterdam in winter.
    expect(rows.get('Gemaakt op')).toBe('2 maart 2026 om 10:15');
    expect(rows.get('Drempel kleine aantallen')).toBe('5');
    expect(rows.get('Kleine aantallen')).toContain('"<5"');
  });

  it('writes numbers as numbers and suppressed counts as the text "<5", in Dutch', async () => {
    const workbook = await readBack();
    expect(rowValues(workbook, 'Aanmeldingen per status', 1)).toEqual(['Status', 'Aantal', 'Over de norm']);
    expect(rowValues(workbook, 'Aanmeldingen per status', 2)).toEqual(['Ingediend', 5, '<5']);
    expect(rowValues(workbook, 'Aanmeldingen per status', 4)).toEqual(['Geagendeerd', 0, 0]);
    expect(rowValues(workbook, 'Doorstroom per maand', 1)).toEqual([
      'Maand',
      'Ingediend',
      'Afgesloten',
      'Uitkomst: opgelost',
      'Uitkomst: deels opgelost',
      'Uitkomst: niet opgelost',
    ]);
    expect(rowValues(workbook, 'Doorstroom per maand', 2)).toEqual(['januari 2026', 18, 7, 5, '<5', 0]);
    expect(rowValues(workbook, 'Per sector', 3)).toEqual(['Onderwijs', '<5']);
    expect(rowValues(workbook, 'Signalen', 2)).toEqual(['Jongeren van 16 jaar of ouder zonder toekomstplan', 8]);
  });

  it('keeps the exact lead time, suppresses it with a small count, and leaves it empty when none reached the stage', async () => {
    const workbook = await readBack();
    const sheet = workbook.getWorksheet('Doorlooptijden');
    expect(sheet?.getRow(2).getCell(3).value).toBe(2.5);
    expect(sheet?.getRow(2).getCell(4).value).toBe(6.25);
    expect(sheet?.getRow(2).getCell(4).numFmt).toBe('0.0');
    expect(rowValues(workbook, 'Doorlooptijden', 3)).toEqual(['Van indienen tot eerste bespreking', '<5', '<5', '<5']);
    expect(sheet?.getRow(4).getCell(2).value).toBe(0);
    expect(sheet?.getRow(4).getCell(3).value).toBeNull();
  });

  it('makes every header row bold and frozen, with the columns widened', async () => {
    const workbook = await readBack();
    for (const sheet of workbook.worksheets.slice(1)) {
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(30);
      expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(15);
    }
  });
});
