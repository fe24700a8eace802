import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgreementListItem, hasRole, isAgreementOverdue } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { AgreementsApiService } from '../../../core/api/agreements-api.service';
import { AuthService } from '../../../core/auth/auth.service';
import { fieldErrorsOf } from '../../../core/http/problem';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { Clock } from '../../../core/time/clock';
import { AlertMessage } from '../../../shared/alert-message';
import { DateTimePipe, IsoDatePipe } from '../../../shared/dates';
import { FieldError } from '../../../shared/field-error';
import { ModalDialog } from '../../../shared/modal-dialog';
import { requiredText } from '../../../shared/validators';
import { isStaleVersion } from '../../actietafel/escalations/shared/escalation-problems';

const DONE_NOTE_MAX_LENGTH = 2000;

/** Open first (overdue, then by deadline), then the finished ones, most recently finished first. */
export function compareMyAgreements(a: AgreementListItem, b: AgreementListItem): number {
  const openA = a.status === 'open';
  const openB = b.status === 'open';
  if (openA !== openB) return openA ? -1 : 1;
  if (openA) {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    return a.deadline.localeCompare(b.deadline);
  }
  return (b.settledAt ?? '').localeCompare(a.settledAt ?? '');
}

/**
 * "Mijn afspraken uit de Actietafel": what the table agreed the user (or their organisation) does, for
 * which jongere and by when. Overdue ones are marked in words; marking one done needs a short note.
 */
@Component({
  selector: 'app-my-agreements',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    AlertMessage,
    DateTimePipe,
    IsoDatePipe,
    FieldError,
    ModalDialog,
  ],
  templateUrl: './my-agreements.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyAgreements {
  private readonly api = inject(AgreementsApiService);
  private readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly auth = inject(AuthService);

  private readonly list = signal<AgreementListItem[]>([]);
  protected readonly agreements = computed(() => [...this.list()].sort(compareMyAgreements));
  protected readonly openCount = computed(() => this.list().filter((item) => item.status === 'open').length);
  protected readonly overdueCount = computed(() => this.list().filter((item) => item.overdue).length);
  /** The coordinator can open the escalation itself; others only see the agreement. */
  protected readonly canOpenEscalation = computed(() => hasRole(this.auth.roles(), 'actietafel-coordinator'));
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);

  protected readonly finishing = signal<AgreementListItem | null>(null);
  protected readonly busy = signal(false);
  protected readonly dialogError = signal<UiMessage | null>(null);
  protected readonly submitted = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    note: ['', [requiredText, Validators.maxLength(DONE_NOTE_MAX_LENGTH)]],
  });

  constructor() {
    this.load();
  }

  protected name(item: AgreementListItem): string {
    return `${item.subject.firstName} ${item.subject.lastName}`;
  }

  protected showNoteErrors(): boolean {
    return this.submitted() && this.form.controls.note.invalid;
  }

  protected askDone(item: AgreementListItem): void {
    this.status.set(null);
    this.dialogError.set(null);
    this.submitted.set(false);
    this.form.reset();
    this.finishing.set(item);
  }

  protected cancel(): void {
    this.finishing.set(null);
  }

  protected markDone(): void {
    const item = this.finishing();
    if (!item || this.busy()) return;
    this.submitted.set(true);
    this.dialogError.set(null);
    if (this.form.invalid) {
      this.focus('#agreement-done-note');
      return;
    }
    this.busy.set(true);
    this.api
      .update(item.id, { version: item.version, status: 'done', doneNote: this.form.controls.note.value.trim() })
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.list.update((list) =>
            list.map((entry) =>
              entry.id === updated.id
                ? {
                    ...entry,
                    ...updated,
                    overdue: isAgreementOverdue(updated.deadline, updated.status, this.clock.today()),
                  }
                : entry,
            ),
          );
          this.finishing.set(null);
          this.status.set({ key: 'home.myAgreements.done', params: { what: item.what } });
          this.focus('#my-agreements-title');
        },
        error: (error: unknown) => {
          const serverNote = fieldErrorsOf(error).find((field) => field.field === 'doneNote');
          if (serverNote) {
            this.form.controls.note.setErrors({ server: serverNote.message });
          }
          if (isStaleVersion(error)) {
            this.dialogError.set({ key: 'home.myAgreements.errors.stale' });
            this.load();
          } else {
            this.dialogError.set(
              errorMessage(error, {
                'escalation-closed': 'actietafel.agreements.errors.escalationClosed',
                403: 'home.myAgreements.errors.notOwner',
                404: 'home.myAgreements.errors.gone',
              }),
            );
          }
        },
      });
  }

  private load(): void {
    this.api
      .listMine()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (agreements) => {
          this.list.set(agreements);
          this.loadError.set(null);
          // The dialog may hold an older copy: keep it current, so a retry sends the new version.
          const open = this.finishing();
          if (open) this.finishing.set(agreements.find((item) => item.id === open.id) ?? null);
        },
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
