import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { validationFailed } from '../problem/validation.pipe';
import { INT4 } from './domain-validators';

/** A path number that fits an int4 column: Nest's ParseIntPipe lets 99999999999 through to a Postgres overflow. */
@Injectable()
export class ParseInt4Pipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const number = /^-?\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(number) && number >= INT4.min && number <= INT4.max) return number;
    const field = metadata.data ?? 'value';
    throw validationFailed([{ field, message: `${field} must be a whole number from ${INT4.min} to ${INT4.max}` }]);
  }
}
