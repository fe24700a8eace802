import { addMonths, consentCovers, consentStatus, type ConsentPurpose, type Sector } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../testing/test-app';
import { activeConsentExists } from './consent-sql';

const TODAY = '2026-11-23';
const day = (offset: number) => {
  const date = new Date(`${TODAY}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

/** The case list judges consent in SQL; these must give the answers of the domain rules at every boundary. */
describe('activeConsentExists (the SQL form of the consent rules)', () => {
  let subject: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    subject = await createTestApp();
    dataSource = subject.app.get(DataSource);
  });

  afterAll(() => subject.close());

  it('agrees with consentStatus and consentCovers on dates, withdrawal, scope and purpose', async () => {
    const [user] = await dataSource.query(
      `SELECT u.id, o.id AS organisation_id, o.sector FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        WHERE u.email = 'jongerenwerker@demo.sluitend.nl'`,
    );
    const [otherOrganisation] = await dataSource.query(`SELECT id FROM organisation WHERE id <> $1 LIMIT 1`, [
      user.organisation_id,
    ]);
    const municipality = (await dataSource.query(`SELECT id FROM municipality LIMIT 1`))[0].id;
    const givenOns = [day(-1), TODAY, day(1)];
    const validUntils = [null, day(-1), TODAY, day(1), addMonths(TODAY, -12)];
    const withdrawals = [null, new Date(`${TODAY}T08:00:00Z`)];
    const scopes: Array<{ scope: 'organisation' | 'sector'; organisationId: string | null; sector: Sector | null }> = [
      { scope: 'organisation', organisationId: user.organisation_id, sector: null },
      { scope: 'organisation', organisationId: otherOrganisation.id, sector: null },
      { scope: 'sector', organisationId: null, sector: user.sector },
      { scope: 'sector', organisationId: null, sector: user.sector === 'onderwijs' ? 'welzijn' : 'onderwijs' },
    ];
    const purposes: ConsentPurpose[] = ['case-collaboration', 'actietafel'];
    const disagreements: string[] = [];
    let checked = 0;
    for (const givenOn of givenOns)
      for (const validUntil of validUntils)
        for (const withdrawnAt of withdrawals)
          for (const coverage of scopes)
            for (const purpose of purposes) {
              if (validUntil !== null && validUntil < givenOn) continue;
              const [created] = await dataSource.query(
                `INSERT INTO case_file (first_name, last_name, date_of_birth, municipality_id, created_by, version)
                 VALUES ('Grens', 'Geval', '2009-01-01', $1, $2, 1) RETURNING id`,
                [municipality, user.id],
              );
              await dataSource.query(
                `INSERT INTO consent (case_id, scope, organisation_id, sector, purpose, basis, given_by, given_on,
                                      valid_until, withdrawn_at, recorded_by, version)
                 VALUES ($1, $2, $3, $4, $5, 'consent', '{jongere}', $6, $7, $8, $9, 1)`,
                [
                  created.id,
                  coverage.scope,
                  coverage.organisationId,
                  coverage.sector,
                  purpose,
                  givenOn,
                  validUntil,
                  withdrawnAt,
                  user.id,
                ],
              );
              const [{ active }] = await dataSource.query(
                `SELECT ${activeConsentExists('$1', '$2', '$3', '$4')} AS active`,
                [created.id, user.organisation_id, user.sector, TODAY],
              );
              const expected =
                consentStatus({ givenOn, validUntil, withdrawnAt: withdrawnAt?.toISOString() ?? null }, TODAY) ===
                  'active' &&
                consentCovers(
                  { ...coverage, purpose },
                  { id: user.organisation_id, sector: user.sector },
                  'case-collaboration',
                );
              checked += 1;
              if (active !== expected)
                disagreements.push(
                  `${JSON.stringify({ givenOn, validUntil, withdrawnAt, ...coverage, purpose })}: SQL ${active}, domain ${expected}`,
                );
            }
    expect(checked).toBe(144);
    expect(disagreements).toEqual([]);
  });
});
