import { Injectable } from '@nestjs/common';
import { addMonths, MONITORING_DEFAULT_MONTHS, type MonitoringFilter } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/time/clock';
import { invalidMonitoringFilter } from './monitoring.errors';
import type { MonitoringQueryInput } from './queries/monitoring-query-input';

/** A filter as it arrives: the period may be left out (the default period applies). */
export interface MonitoringFilterRequest {
  from?: string;
  to?: string;
  municipalityId?: string[];
}

export interface MonitoringScope {
  /** The filter as it applies, echoed in the answer; `municipalityIds` empty means the whole region. */
  filter: MonitoringFilter;
  input: MonitoringQueryInput;
}

/** The default period: the last MONITORING_DEFAULT_MONTHS calendar months, the current one up to today included. */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: addMonths(`${today.slice(0, 7)}-01`, -(MONITORING_DEFAULT_MONTHS - 1)), to: today };
}

/**
 * Where the viewer looks: their organisation's region, and of it the municipalities asked for (all when none
 * are); a municipality of another region is refused rather than silently dropped.
 */
@Injectable()
export class MonitoringScopes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The filter of a request: the default period when it names none. */
  filterOf(request: MonitoringFilterRequest): MonitoringFilter {
    const period =
      request.from && request.to ? { from: request.from, to: request.to } : defaultPeriod(this.clock.today());
    return { ...period, municipalityIds: request.municipalityId ?? [] };
  }

  async resolve(user: AuthenticatedUser, filter: MonitoringFilter): Promise<MonitoringScope> {
    const now = this.clock.now();
    const today = this.clock.today();
    const period = { from: filter.from, to: filter.to };
    const regionId = user.organisation.regionId;
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM municipality WHERE region_id = $1 ORDER BY name, id`,
      [regionId],
    );
    const ofRegion = rows.map((row) => row.id);
    const asked = [...new Set(filter.municipalityIds)];
    const foreign = asked.filter((id) => !ofRegion.includes(id));
    if (foreign.length > 0)
      throw invalidMonitoringFilter(
        foreign.map((id) => ({ field: 'municipalityId', message: `Gemeente ${id} hoort niet bij uw regio.` })),
      );
    return {
      filter: { ...period, municipalityIds: asked },
      input: {
        regionId,
        municipalityIds: asked.length > 0 ? asked : ofRegion,
        wholeRegion: asked.length === 0,
        from: period.from,
        to: period.to,
        today,
        now,
      },
    };
  }
}
