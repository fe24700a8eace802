import type { DashboardResponse } from '@sluitend/domain';
import { exampleDashboard } from '../../testing/monitoring-dashboard.example';
import { reportCsv } from './report-csv';
import { toReport } from './to-report';

const csv = (dashboard: DashboardResponse = exampleDashboard()) =>
  reportCsv(toReport(dashboard, { regionName: 'Rivierenland', municipalityNames: ['Tiel'] }));
const lines = (buffer: Buffer) =>
  buffer
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');

describe('reportCsv', () => {
  it('starts with a byte order mark, so Excel reads it as UTF-8, and ends every line with CRLF', () => {
    const buffer = csv();
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buffer.toString('utf8').endsWith('\r\n')).toBe(true);
    expect(buffer.toString('utf8')).not.toMatch(/[^\r]\n/);
  });

  it('is one table sectie;onderdeel;maand;waarde, starting with the header block', () => {
    const rows = lines(csv());
    expect(rows[0]).toBe('sectie;onderdeel;maand;waarde');
    expect(rows[1]).toBe('Overzicht;Titel;;Monitoring sluitende aanpak — Regio Rivierenland');
    expect(rows[2]).toBe('Overzicht;Periode;;1 januari 2026 t/m 28 februari 2026');
    expect(rows).toContain('Overzicht;Drempel kleine aantallen;;5');
  });

  it('writes one row per figure, "<5" for a suppressed one and the month only for throughput', () => {
    const rows = lines(csv());
    expect(rows).toContain('Aanmeldingen per status;Ingediend — aantal;;5');
    expect(rows).toContain('Aanmeldingen per status;Ingediend — over de norm;;<5');
    expect(rows).toContain('Doorstroom per maand;Ingediend;2026-02;<5');
    expect(rows).toContain('Doorstroom per maand;Uitkomst: opgelost;2026-01;5');
    expect(rows).toContain('Per gemeente;Buren;;<5');
    expect(rows).toContain('Signalen;Casussen zonder beweging in 6 weken;;0');
  });

  it('writes days with a decimal comma and leaves a lead time no escalation reached empty', () => {
    const rows = lines(csv());
    expect(rows).toContain('Doorlooptijden;Van indienen tot beoordeling — mediaan (dagen);;2,5');
    expect(rows).toContain('Doorlooptijden;Van indienen tot beoordeling — 90e percentiel (dagen);;6,3');
    expect(rows).toContain('Doorlooptijden;Van indienen tot eerste bespreking — mediaan (dagen);;<5');
    expect(rows).toContain('Doorlooptijden;Van indienen tot afsluiting — mediaan (dagen);;');
  });

  it('quotes a name with a separator or a quote, and keeps a name that looks like a formula text', () => {
    const dashboard = exampleDashboard();
    dashboard.overdueByOrganisation = [
      { organisationId: 'a', name: 'Zorg; "Samen"', overdueAgreements: 6 },
      { organisationId: 'b', name: '=HYPERLINK("http://x")', overdueAgreements: 7 },
    ];
    const rows = lines(csv(dashboard));
    expect(rows).toContain('Afspraken over de deadline;"Zorg; ""Samen""";;6');
    expect(rows).toContain(`Afspraken over de deadline;"'=HYPERLINK(""http://x"")";;7`);
  });

  it('has exactly four fields on every line', () => {
    const rows = lines(csv()).filter(Boolean);
    const unquoted = rows.map((row) => row.replace(/"(?:[^"]|"")*"/g, 'x'));
    expect(unquoted.every((row) => row.split(';').length === 4)).toBe(true);
  });
});
