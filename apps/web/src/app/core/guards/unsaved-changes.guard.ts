import { DOCUMENT, inject } from '@angular/core';
import { CanDeactivateFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/**
 * Asks before leaving a page with unsaved work. The browser's own confirm is used: it is modal,
 * keyboard-operable and read by screen readers without any extra work.
 */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component.hasUnsavedChanges()) return true;
  const view = inject(DOCUMENT).defaultView;
  return view ? view.confirm(inject(TranslocoService).translate('common.unsavedChanges')) : true;
};
