import { HttpErrorResponse } from '@angular/common/http';
import { Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Observable, Subject, throwError } from 'rxjs';
import { LatestLoad, latestLoad } from './latest-load';

describe('latestLoad', () => {
  function start<T>(
    query: ReturnType<typeof signal<string>>,
    fetch: (q: string) => Observable<T> | null,
  ): LatestLoad<T> {
    const load = runInInjectionContext(TestBed.inject(Injector), () => latestLoad(query, fetch));
    TestBed.tick();
    return load;
  }

  it('shows the answer to the newest query even when an older answer arrives later', () => {
    const answers = new Map<string, Subject<string>>();
    const query = signal('a');
    const load = start(query, (q) => {
      const answer = new Subject<string>();
      answers.set(q, answer);
      return answer;
    });
    expect(load.loading()).toBe(true);
    query.set('b');
    TestBed.tick();
    answers.get('b')?.next('answer to b');
    answers.get('a')?.next('answer to a');
    expect(load.value()).toBe('answer to b');
    expect(load.loading()).toBe(false);
    expect(load.error()).toBeNull();
  });

  it('turns a failed request into an error message and no value', () => {
    const load = start(signal('a'), () => throwError(() => new HttpErrorResponse({ status: 500 })));
    expect(load.loading()).toBe(false);
    expect(load.value()).toBeNull();
    expect(load.error()).not.toBeNull();
  });

  it('stops loading without asking when the query needs no request', () => {
    const fetch = jest.fn(() => null);
    const load = start(signal('a'), fetch);
    expect(fetch).toHaveBeenCalledWith('a');
    expect(load.loading()).toBe(false);
    expect(load.value()).toBeNull();
  });
});
