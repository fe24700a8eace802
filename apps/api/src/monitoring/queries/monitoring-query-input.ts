/**
 * What every monitoring query is computed from: the viewer's region, the municipalities in scope (never empty:
 * the filter's, or all of the region's), the period as Amsterdam calendar days (both ends included) and the
 * moment of computing. The benchmark runs the same functions directly with `pg`, so they take plain values
 * and return plain SQL.
 */
export interface MonitoringQueryInput {
  regionId: string;
  municipalityIds: string[];
  /** No municipality filter: every escalation of the region's table counts, whatever its case's municipality. */
  wholeRegion: boolean;
  /** YYYY-MM-DD, the first day of the period. */
  from: string;
  /** YYYY-MM-DD, the last day of the period. */
  to: string;
  /** YYYY-MM-DD, today in Amsterdam. */
  today: string;
  now: Date;
}

export interface MonitoringQuery {
  text: string;
  values: unknown[];
}

/** The instant an Amsterdam calendar day starts, for a `date` parameter; Postgres applies the DST rules. */
export const amsterdamMidnight = (dateParameter: string) =>
  `(${dateParameter}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`;

/** The instant after an Amsterdam calendar day ends. */
export const amsterdamDayEnd = (dateParameter: string) =>
  `(${dateParameter}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`;

/** A timestamp inside the period, as the half-open range [from 00:00, to + 1 00:00) in Amsterdam. */
export const inPeriod = (column: string, from: string, to: string) =>
  `${column} >= ${amsterdamMidnight(from)} AND ${column} < ${amsterdamDayEnd(to)}`;

/**
 * The municipality of a row's case, looked up per row by the primary key (the covering ix_case_file_list):
 * as a scalar subquery Postgres cannot turn it into a hash join over every case of the region, which took
 * most of the time with 100,000 cases.
 */
export const caseMunicipality = (caseIdColumn: string) =>
  `(SELECT c.municipality_id FROM case_file c WHERE c.id = ${caseIdColumn})`;

/**
 * Whether the case of a row is in one of the municipalities ($2). For the whole region the region's table is
 * the scope and no case is looked up (the parameter is still typed, so every query takes the same values).
 */
export const inMunicipalities = (input: Pick<MonitoringQueryInput, 'wholeRegion'>, caseIdColumn: string) =>
  input.wholeRegion ? `cardinality($2::uuid[]) >= 0` : `${caseMunicipality(caseIdColumn)} = ANY($2::uuid[])`;

/**
 * The escalations a figure counts: of the region, of a case in one of the municipalities, submitted in the
 * period. Expects `e` (escalation) and the parameters $1 region, $2 municipalities, $3 from, $4 to
 * (`scopeValues`).
 */
export const submittedInScope = (input: MonitoringQueryInput) =>
  `e.region_id = $1 AND ${inPeriod('e.submitted_at', '$3', '$4')} AND ${inMunicipalities(input, 'e.case_id')}`;

/** The same for the escalations closed in the period. */
export const closedInScope = (input: MonitoringQueryInput) =>
  `e.region_id = $1 AND ${inPeriod('e.closed_at', '$3', '$4')} AND ${inMunicipalities(input, 'e.case_id')}`;

export const scopeValues = (input: MonitoringQueryInput): unknown[] => [
  input.regionId,
  input.municipalityIds,
  input.from,
  input.to,
];
