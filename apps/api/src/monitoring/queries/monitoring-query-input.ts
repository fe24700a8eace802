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
 * Whether a row counts for one of the municipalities ($2), given the expression of its municipality. For the
 * whole region the region's table is the scope and no municipality is compared (the parameter is still typed,
 * so every query takes the same values).
 */
export const inMunicipalities = (input: Pick<MonitoringQueryInput, 'wholeRegion'>, municipalityColumn: string) =>
  input.wholeRegion ? `cardinality($2::uuid[]) >= 0` : `${municipalityColumn} = ANY($2::uuid[])`;

/**
 * The escalations a figure counts: of the region, submitted in the period, counted for one of the
 * municipalities by `municipality_id` (the case's municipality when it was submitted, kept on the escalation so
 * no case is looked up). Expects `e` (escalation) and the parameters $1 region, $2 municipalities, $3 from,
 * $4 to (`scopeValues`).
 */
export const submittedInScope = (input: MonitoringQueryInput) =>
  `e.region_id = $1 AND ${inPeriod('e.submitted_at', '$3', '$4')} AND ${inMunicipalities(input, 'e.municipality_id')}`;

/** The same for the escalations closed in the period. */
export const closedInScope = (input: MonitoringQueryInput) =>
  `e.region_id = $1 AND ${inPeriod('e.closed_at', '$3', '$4')} AND ${inMunicipalities(input, 'e.municipality_id')}`;

export const scopeValues = (input: MonitoringQueryInput): unknown[] => [
  input.regionId,
  input.municipalityIds,
  input.from,
  input.to,
];
