import { DestroyRef, signal, type WritableSignal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { finalize, type Observable } from 'rxjs';
import { UiMessage, errorMessage, isVersionConflict } from '../../core/http/ui-message';

interface Toggleable {
  id: string;
  name: string;
  version: number;
  active: boolean;
}

export interface ActiveToggleApi<T extends Toggleable> {
  list(): Observable<T[]>;
  update(id: string, request: { version: number; active: boolean }): Observable<T>;
}

/**
 * Activating and deactivating a row of an admin list, the same for organisations and users:
 * one request at a time, a status message, and on a version conflict a reload so that the next
 * click sends the current version.
 */
export class ActiveToggle<T extends Toggleable> {
  readonly pendingId = signal<string | null>(null);
  readonly status = signal<UiMessage | null>(null);
  readonly actionError = signal<UiMessage | null>(null);

  constructor(
    private readonly items: WritableSignal<T[]>,
    private readonly api: ActiveToggleApi<T>,
    private readonly messages: { activated: string; deactivated: string },
    private readonly destroyRef: DestroyRef,
  ) {}

  toggle(item: T): void {
    if (this.pendingId() !== null) return;
    this.pendingId.set(item.id);
    this.status.set(null);
    this.actionError.set(null);
    const active = !item.active;
    this.api
      .update(item.id, { version: item.version, active })
      .pipe(
        finalize(() => this.pendingId.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.items.update((list) => list.map((candidate) => (candidate.id === updated.id ? updated : candidate)));
          const key = active ? this.messages.activated : this.messages.deactivated;
          this.status.set({ key, params: { name: updated.name } });
        },
        error: (error: unknown) => {
          this.actionError.set(errorMessage(error, { 409: 'errors.staleVersion' }));
          if (isVersionConflict(error)) this.reload();
        },
      });
  }

  private reload(): void {
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => this.items.set(list),
        error: (error: unknown) => this.actionError.set(errorMessage(error)),
      });
  }
}
