import { ApiPropertyOptional } from '@nestjs/swagger';
import { compareDates, daysBetween, isIsoDate, MONITORING_MAX_PERIOD_DAYS } from '@sluitend/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsUUID,
  IsOptional,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { IsCalendarDate } from '../../common/validation/domain-validators';
import type { MonitoringFilterRequest } from '../monitoring-scope';

/** A region has a few dozen municipalities at most; the cap keeps a query string from growing without end. */
const MAX_MUNICIPALITIES = 100;

/** `municipalityId=a&municipalityId=b`: one value arrives as a string, several as an array. */
export const repeatable = ({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value);

/** `to` on or after `from`, and the period no longer than MONITORING_MAX_PERIOD_DAYS. */
function IsPeriodEnd(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPeriodEnd',
      validator: {
        validate: (to, args) => {
          const from = (args?.object as { from?: unknown }).from;
          if (!isIsoDate(to) || !isIsoDate(from)) return true;
          return compareDates(from, to) <= 0 && daysBetween(from, to) + 1 <= MONITORING_MAX_PERIOD_DAYS;
        },
        defaultMessage: () =>
          `to must be on or after from, and the period at most ${MONITORING_MAX_PERIOD_DAYS} days long`,
      },
    },
    options,
  );
}

const periodGiven = (query: MonitoringQueryDto) => query.from !== undefined || query.to !== undefined;

/** The filter of every monitoring endpoint. Without a period: the last 12 months up to today. */
export class MonitoringQueryDto implements MonitoringFilterRequest {
  @ApiPropertyOptional({
    format: 'date',
    description: 'First day of the period (Europe/Amsterdam), included. Give from and to together.',
    example: '2026-01-01',
  })
  @ValidateIf(periodGiven)
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: `Last day of the period, included; on or after from, at most ${MONITORING_MAX_PERIOD_DAYS} days after it.`,
    example: '2026-12-31',
  })
  @ValidateIf(periodGiven)
  @IsCalendarDate()
  @IsPeriodEnd()
  to?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'A municipality of your region; repeat the parameter for more. Left out: the whole region.',
  })
  @IsOptional()
  @Transform(repeatable)
  @IsArray()
  @ArrayMaxSize(MAX_MUNICIPALITIES)
  @IsUUID(undefined, { each: true })
  municipalityId?: string[];
}
