import { ChangeDetectorRef, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';

/**
 * An OnPush component that receives a form group (not its values) is not checked when the
 * group changes from outside, e.g. when the page puts the API's field errors on it. Listening
 * to the group's events keeps its errors and its rows current. Call from an injection context.
 */
export function refreshOnFormEvents(): (control: AbstractControl) => void {
  const changeDetector = inject(ChangeDetectorRef);
  const destroyRef = inject(DestroyRef);
  return (control) =>
    control.events.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => changeDetector.markForCheck());
}
