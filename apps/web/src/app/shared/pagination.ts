import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** Previous/next paging with the position in words, for lists the API pages. */
@Component({
  selector: 'app-pagination',
  imports: [TranslocoDirective],
  template: `
    @if (pageCount() > 1) {
      <nav *transloco="let t" class="pagination" [attr.aria-label]="t('pagination.label')">
        <button
          type="button"
          class="button button--secondary button--small"
          [attr.aria-disabled]="page() <= 1"
          (click)="go(page() - 1)"
        >
          {{ t('pagination.previous') }}
        </button>
        <span class="pagination__position">{{ t('pagination.position', { page: page(), count: pageCount() }) }}</span>
        <button
          type="button"
          class="button button--secondary button--small"
          [attr.aria-disabled]="page() >= pageCount()"
          (click)="go(page() + 1)"
        >
          {{ t('pagination.next') }}
        </button>
      </nav>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pagination {
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  readonly pageChange = output<number>();

  protected readonly pageCount = computed(() => Math.max(1, Math.ceil(this.total() / this.pageSize())));

  // aria-disabled instead of disabled keeps the button focusable at the ends, so focus is not lost.
  protected go(page: number): void {
    if (page < 1 || page > this.pageCount()) return;
    this.pageChange.emit(page);
  }
}
