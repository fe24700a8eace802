import { Injectable } from '@angular/core';
import { todayInAmsterdam } from '@sluitend/domain';

/**
 * "Today" as the regions mean it: the calendar day in Amsterdam, whatever the device's time
 * zone. An injectable, so tests can fix the date that ages and deadlines are measured against.
 */
@Injectable({ providedIn: 'root' })
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return todayInAmsterdam(this.now());
  }
}
