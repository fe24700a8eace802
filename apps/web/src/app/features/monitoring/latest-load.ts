import { Signal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { EMPTY, Observable, catchError, map, of, switchMap, tap } from 'rxjs';
import { UiMessage, errorMessage } from '../../core/http/ui-message';

type Outcome<T> = { value: T; error: null } | { value: null; error: UiMessage };

export interface LatestLoad<T> {
  readonly value: Signal<T | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<UiMessage | null>;
}

/**
 * Loads what a page shows whenever its query changes. switchMap drops the answer to an older query, so a slow
 * response never overwrites a newer one. A fetch of null means there is nothing to ask: the last answer stays.
 * Call in an injection context; the load ends with the component.
 */
export function latestLoad<Q, T>(query: Signal<Q>, fetch: (query: Q) => Observable<T> | null): LatestLoad<T> {
  const value = signal<T | null>(null);
  const loading = signal(true);
  const error = signal<UiMessage | null>(null);
  toObservable(query)
    .pipe(
      tap(() => loading.set(true)),
      switchMap((current) => {
        const request = fetch(current);
        if (request === null) {
          loading.set(false);
          return EMPTY;
        }
        return request.pipe(
          map((answer): Outcome<T> => ({ value: answer, error: null })),
          catchError((failure: unknown) => of<Outcome<T>>({ value: null, error: errorMessage(failure) })),
        );
      }),
      takeUntilDestroyed(),
    )
    .subscribe((outcome) => {
      loading.set(false);
      error.set(outcome.error);
      value.set(outcome.value);
    });
  return { value: value.asReadonly(), loading: loading.asReadonly(), error: error.asReadonly() };
}
