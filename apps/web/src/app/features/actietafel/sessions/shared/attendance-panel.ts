import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { ATTENDANCES, Attendance, InviteeResponse } from '@sluitend/domain';
import { SessionsApiService } from '../../../../core/api/sessions-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';

export const SUBSTITUTE_NAME_MAX_LENGTH = 200;

/**
 * Who is at the table: present, absent, or represented by a substitute (whose name is required).
 * A choice is saved at once; the substitute's name when the field is left or Enter is pressed.
 */
@Component({
  selector: 'app-attendance-panel',
  imports: [TranslocoDirective, AlertMessage],
  template: `
    <section
      *transloco="let t"
      class="attendance"
      [attr.aria-labelledby]="panelId() + '-title'"
      data-testid="attendance-panel"
    >
      <h2 [id]="panelId() + '-title'" class="attendance__title">{{ t('actietafel.sessions.attendance.title') }}</h2>
      <app-alert-message [message]="error()" />
      <app-alert-message [message]="status()" kind="success" />
      @if (invitees().length === 0) {
        <p class="muted">{{ t('actietafel.sessions.attendance.none') }}</p>
      }
      <ul class="attendance__list">
        @for (invitee of invitees(); track invitee.userId) {
          <li class="attendance__person" data-testid="attendance-person">
            <p class="attendance__name">
              {{ invitee.name }}
              <span class="muted block"> {{ invitee.organisationName }} ({{ t('sector.' + invitee.sector) }}) </span>
            </p>
            @if (editable()) {
              <fieldset class="attendance__choices">
                <legend class="visually-hidden">
                  {{ t('actietafel.sessions.attendance.legend', { name: invitee.name }) }}
                </legend>
                @for (choice of choices; track choice) {
                  <div class="checkbox">
                    <input
                      type="radio"
                      [id]="panelId() + '-' + invitee.userId + '-' + choice"
                      [name]="panelId() + '-' + invitee.userId"
                      [value]="choice"
                      [checked]="shownAttendance(invitee) === choice"
                      [attr.data-testid]="'attendance-' + choice"
                      (change)="choose(invitee, choice)"
                    />
                    <label [for]="panelId() + '-' + invitee.userId + '-' + choice">
                      {{ t('actietafel.sessions.attendance.choice.' + choice) }}
                    </label>
                  </div>
                }
              </fieldset>
              @if (shownAttendance(invitee) === 'substitute') {
                <div class="form-field attendance__substitute">
                  <label [for]="panelId() + '-' + invitee.userId + '-substitute-name'">
                    {{ t('actietafel.sessions.attendance.substituteName', { name: invitee.name }) }}
                  </label>
                  <input
                    type="text"
                    [id]="panelId() + '-' + invitee.userId + '-substitute-name'"
                    [value]="invitee.substituteName ?? ''"
                    [attr.maxlength]="substituteMax"
                    [attr.aria-invalid]="missingName() === invitee.userId ? 'true' : null"
                    [attr.aria-describedby]="panelId() + '-' + invitee.userId + '-substitute-error'"
                    data-testid="attendance-substitute-name"
                    (blur)="saveSubstitute(invitee, $event)"
                    (keydown.enter)="saveSubstitute(invitee, $event)"
                  />
                  <div [id]="panelId() + '-' + invitee.userId + '-substitute-error'">
                    @if (missingName() === invitee.userId) {
                      <p class="field-error__message" role="alert">
                        {{ t('actietafel.sessions.attendance.substituteRequired') }}
                      </p>
                    }
                  </div>
                </div>
              }
            } @else {
              <p data-testid="attendance-value">
                @switch (invitee.attendance) {
                  @case ('substitute') {
                    {{ t('actietafel.sessions.attendance.substitutedBy', { name: invitee.substituteName ?? '' }) }}
                  }
                  @case (null) {
                    {{ t('actietafel.sessions.attendance.unknown') }}
                  }
                  @default {
                    {{ t('actietafel.sessions.attendance.choice.' + invitee.attendance) }}
                  }
                }
              </p>
            }
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .attendance__list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .attendance__person {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--color-border);
    }
    .attendance__name {
      margin: 0 0 0.25rem;
      font-weight: 600;
    }
    .attendance__name .muted {
      font-weight: 400;
    }
    .attendance__choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin: 0;
    }
    .attendance__substitute {
      margin: 0.5rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendancePanel {
  private readonly api = inject(SessionsApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  readonly sessionId = input.required<string>();
  readonly invitees = input.required<readonly InviteeResponse[]>();
  /** mayRecordAttendance: from the sending of the agenda until the end, for the recording parts. */
  readonly editable = input(false);
  readonly panelId = input('attendance');
  readonly updated = output<InviteeResponse>();

  protected readonly choices = ATTENDANCES;
  protected readonly substituteMax = SUBSTITUTE_NAME_MAX_LENGTH;
  /** A substitute chosen but not yet saved (the name is still to come). */
  private readonly pendingSubstitute = signal<ReadonlySet<string>>(new Set());
  protected readonly missingName = signal<string | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);

  protected shownAttendance(invitee: InviteeResponse): Attendance | null {
    return this.pendingSubstitute().has(invitee.userId) ? 'substitute' : invitee.attendance;
  }

  protected choose(invitee: InviteeResponse, attendance: Attendance): void {
    this.missingName.set(null);
    if (attendance === 'substitute') {
      this.pendingSubstitute.update((pending) => new Set([...pending, invitee.userId]));
      const id = `#${this.panelId()}-${invitee.userId}-substitute-name`;
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>(id)?.focus(), {
        injector: this.injector,
      });
      return;
    }
    this.clearPending(invitee.userId);
    this.save(invitee, { attendance });
  }

  protected saveSubstitute(invitee: InviteeResponse, event: Event): void {
    event.preventDefault();
    const name = (event.target as HTMLInputElement).value.trim();
    if (name === '') {
      // Leaving the empty field is not yet a mistake; Enter on it is.
      if (event.type !== 'blur') this.missingName.set(invitee.userId);
      return;
    }
    if (invitee.attendance === 'substitute' && invitee.substituteName === name) return;
    this.missingName.set(null);
    this.save(invitee, { attendance: 'substitute', substituteName: name });
  }

  private save(invitee: InviteeResponse, request: { attendance: Attendance; substituteName?: string }): void {
    this.error.set(null);
    this.status.set(null);
    this.api
      .updateAttendance(this.sessionId(), invitee.userId, request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.clearPending(invitee.userId);
          this.updated.emit(saved);
          this.status.set({
            key: `actietafel.sessions.attendance.saved.${saved.attendance ?? request.attendance}`,
            params: { name: saved.name, substitute: saved.substituteName ?? '' },
          });
        },
        error: (error: unknown) => this.error.set(errorMessage(error)),
      });
  }

  private clearPending(userId: string): void {
    this.pendingSubstitute.update((pending) => new Set([...pending].filter((id) => id !== userId)));
  }
}
