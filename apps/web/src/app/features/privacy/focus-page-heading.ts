import { ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * A router navigation leaves focus on the link that was followed. Moving it to the new page's
 * heading (which has tabindex="-1") tells screen-reader users where they landed and lets
 * keyboard users continue from the top of the page. Call from a page's constructor.
 */
export function focusPageHeading(): void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  afterNextRender(() => host.nativeElement.querySelector<HTMLElement>('h1')?.focus());
}
