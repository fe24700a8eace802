import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { translocoTesting } from '../../../testing/transloco-testing';
import { HasUnsavedChanges, unsavedChangesGuard } from './unsaved-changes.guard';

describe('unsavedChangesGuard', () => {
  const run = (component: HasUnsavedChanges) =>
    TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        component,
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    );

  beforeEach(() => TestBed.configureTestingModule({ imports: [translocoTesting()] }));

  it('lets the user leave a page without unsaved changes without asking', () => {
    const confirm = jest.spyOn(window, 'confirm');
    expect(run({ hasUnsavedChanges: () => false })).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks in Dutch before unsaved changes are lost, and stays when the user says no', () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    expect(run({ hasUnsavedChanges: () => true })).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('niet opgeslagen'));
  });
});
