import { Injector, afterNextRender } from '@angular/core';

/**
 * After a rejected submit, keyboard and screen-reader users land on the first field to fix
 * instead of having to search for it. Waits for rendering so aria-invalid is already set.
 */
export function focusFirstInvalid(root: HTMLElement, injector: Injector): void {
  afterNextRender(() => root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector });
}
