import { Injectable } from '@nestjs/common';
import { todayInAmsterdam } from '@sluitend/domain';

/** The one source of "now", replaceable in tests; calendar rules use the Dutch day. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return todayInAmsterdam(this.now());
  }
}
