import { Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { MonitoringFilter } from '@sluitend/domain';
import { Clock } from '../../core/time/clock';
import { filterFromParams, filterToParams } from './monitoring-filter';

/**
 * The monitoring filter of the current page, read from the address bar, and a way to change it there.
 * Call from a component's constructor.
 */
export function routeFilter(): { filter: Signal<MonitoringFilter>; change: (filter: MonitoringFilter) => void } {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const clock = inject(Clock);
  const params = toSignal(route.queryParams, { initialValue: route.snapshot.queryParams });
  const filter = computed(() => filterFromParams(params(), clock.today()), {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  // A new history entry per change, so the browser's back button returns to the previous view.
  const change = (next: MonitoringFilter) =>
    void router.navigate([], { relativeTo: route, queryParams: filterToParams(next) });
  return { filter, change };
}
