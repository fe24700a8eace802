import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { ActiveToggle } from './active-toggle';

interface Row {
  id: string;
  name: string;
  version: number;
  active: boolean;
}

function setUp(
  update: (id: string, request: { version: number; active: boolean }) => ReturnType<typeof of<Row>>,
  fresh: Row[] = [],
) {
  const items = signal<Row[]>([{ id: 'a', name: 'Wijkteam', version: 1, active: true }]);
  const api = { list: jest.fn(() => of(fresh)), update: jest.fn(update) };
  const toggle = runInInjectionContext(
    TestBed.inject(Injector),
    () =>
      new ActiveToggle(
        items,
        api,
        { activated: 'x.activated', deactivated: 'x.deactivated' },
        TestBed.inject(DestroyRef),
      ),
  );
  return { items, api, toggle };
}

describe('ActiveToggle', () => {
  it('sends the version it has, replaces the row with the answer and reports the new state', () => {
    const { items, api, toggle } = setUp((id, request) =>
      of({ id, name: 'Wijkteam', version: 2, active: request.active }),
    );
    toggle.toggle(items()[0]);
    expect(api.update).toHaveBeenCalledWith('a', { version: 1, active: false });
    expect(items()[0]).toMatchObject({ version: 2, active: false });
    expect(toggle.status()).toEqual({ key: 'x.deactivated', params: { name: 'Wijkteam' } });
    expect(toggle.pendingId()).toBeNull();
  });

  it('reloads the list after a version conflict, so the next click sends the current version', () => {
    const conflict = new HttpErrorResponse({
      status: 409,
      error: { type: 'https://sluitend.nl/problems/version-conflict' },
    });
    const current = [{ id: 'a', name: 'Wijkteam', version: 5, active: true }];
    const { items, api, toggle } = setUp(() => throwError(() => conflict), current);
    toggle.toggle(items()[0]);
    expect(api.list).toHaveBeenCalled();
    expect(items()).toEqual(current);
    expect(toggle.actionError()).not.toBeNull();
  });
});
