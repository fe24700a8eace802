import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal <dialog>, opened and closed by its `open` input. showModal() makes the page behind it
 * inert; Tab is also kept inside by hand, because older browsers (and jsdom) lack showModal.
 * Focus goes to the element marked data-initial-focus (else the first control), and back to
 * whatever had it before, so keyboard users continue where they were (WCAG 2.4.3).
 */
@Component({
  selector: 'app-modal-dialog',
  template: `
    <dialog
      #dialog
      class="modal"
      [attr.aria-labelledby]="titleId()"
      [attr.aria-describedby]="descriptionId()"
      [attr.data-testid]="testId()"
      (cancel)="dismiss($event)"
    >
      <ng-content />
    </dialog>
  `,
  // Keys pressed inside the dialog bubble up to the host.
  host: { '(keydown)': 'onKeydown($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModalDialog {
  private readonly document = inject(DOCUMENT);

  readonly open = input(false);
  readonly titleId = input.required<string>();
  readonly descriptionId = input<string | null>(null);
  readonly testId = input<string | null>(null);
  /** Escape was pressed; the parent decides whether to close. */
  readonly dismissed = output<void>();

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private opener: HTMLElement | null = null;

  constructor() {
    // After rendering, so the <dialog> exists and projected content can take focus.
    afterRenderEffect(() => {
      const open = this.open();
      untracked(() => (open ? this.show() : this.hide()));
    });
    // A parent may simply remove an open dialog; focus must still go back to where it was.
    inject(DestroyRef).onDestroy(() => this.restoreFocus());
  }

  protected dismiss(event: Event): void {
    // The browser would close the dialog itself; the parent's `open` must stay the truth.
    event.preventDefault();
    this.dismissed.emit();
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.dismiss(event);
    } else if (event.key === 'Tab') {
      this.keepFocusInside(event);
    }
  }

  private show(): void {
    const dialog = this.dialog().nativeElement;
    if (dialog.open) return;
    const active = this.document.activeElement;
    this.opener = active instanceof HTMLElement ? active : null;
    if (typeof dialog.showModal === 'function') {
      dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    const initial = dialog.querySelector<HTMLElement>('[data-initial-focus]') ?? this.focusables()[0];
    initial?.focus();
  }

  private hide(): void {
    const dialog = this.dialog().nativeElement;
    if (!dialog.open && !dialog.hasAttribute('open')) return;
    if (typeof dialog.close === 'function') {
      dialog.close();
    } else {
      dialog.removeAttribute('open');
    }
    this.restoreFocus();
  }

  private restoreFocus(): void {
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  }

  private keepFocusInside(event: KeyboardEvent): void {
    const focusables = this.focusables();
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) return;
    const active = this.document.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  private focusables(): HTMLElement[] {
    return Array.from(this.dialog().nativeElement.querySelectorAll<HTMLElement>(FOCUSABLE));
  }
}
