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
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { TeamMemberResponse } from '@sluitend/domain';
import { Observable, finalize } from 'rxjs';
import { CaseTeamApiService } from '../../../../core/api/case-team-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { ConfirmDialog } from '../../../../shared/confirm-dialog';
import { FieldError } from '../../../../shared/field-error';
import { requiredText } from '../../../../shared/validators';
import { ACCESS_ERROR_TEXTS } from '../access/access-errors';
import { CaseContext } from '../case-context';
import { AddTeamMember } from './add-team-member';
import { PART_MAX_LENGTH } from './team-limits';

type PendingChange = { kind: 'remove' | 'hand-over'; member: TeamMemberResponse };

/** The professionals on the case. Changing the team is up to the casusregisseur. */
@Component({
  selector: 'app-team-members',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, FieldError, ConfirmDialog, AddTeamMember],
  templateUrl: './team-members.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamMembers {
  private readonly api = inject(CaseTeamApiService);
  private readonly context = inject(CaseContext);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly team = computed(() => this.context.team() ?? []);
  protected readonly canChange = this.context.canChange;
  /** The casusregisseur, and only while the dossier may be changed at all. */
  protected readonly canManage = computed(() => this.context.isCasusregisseur() && this.canChange());
  protected readonly loading = computed(() => this.context.team() === null && this.loadError() === null);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly editingId = signal<string | null>(null);
  protected readonly partControl: FormControl<string> = inject(NonNullableFormBuilder).control('', [
    requiredText,
    Validators.maxLength(PART_MAX_LENGTH),
  ]);
  protected readonly pending = signal<PendingChange | null>(null);

  constructor() {
    const caseId = this.context.dossier()?.id;
    if (caseId) {
      this.context
        .loadTeam(caseId)
        .pipe(takeUntilDestroyed())
        .subscribe({ error: (error: unknown) => this.loadError.set(errorMessage(error)) });
    }
  }

  protected startEditing(member: TeamMemberResponse): void {
    this.partControl.reset(member.part);
    this.editingId.set(member.id);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>(`#part-${member.id}`)?.focus(), {
      injector: this.injector,
    });
  }

  protected stopEditing(member: TeamMemberResponse): void {
    this.editingId.set(null);
    this.focusOn(`#edit-part-${member.id}`);
  }

  protected savePart(member: TeamMemberResponse): void {
    this.partControl.markAsTouched();
    if (this.partControl.invalid || this.busy()) return;
    const part = this.partControl.value.trim();
    this.run(this.api.update(this.caseId(), member.id, { part }), (updated) => {
      this.replace(updated);
      this.status.set({ key: 'cases.team.partChanged', params: { name: member.name, part } });
      this.stopEditing(member);
    });
  }

  protected ask(kind: PendingChange['kind'], member: TeamMemberResponse): void {
    this.pending.set({ kind, member });
  }

  protected cancelPending(): void {
    this.pending.set(null);
  }

  protected confirmPending(): void {
    const pending = this.pending();
    this.pending.set(null);
    if (!pending) return;
    if (pending.kind === 'remove') {
      this.remove(pending.member);
    } else {
      this.handOver(pending.member);
    }
  }

  protected onAdded(member: TeamMemberResponse): void {
    this.context.setTeam([...this.team(), member]);
    this.error.set(null);
    this.status.set({ key: 'cases.team.added', params: { name: member.name } });
  }

  private remove(member: TeamMemberResponse): void {
    this.run(this.api.remove(this.caseId(), member.id), () => {
      this.context.setTeam(this.team().filter((item) => item.id !== member.id));
      this.status.set({ key: 'cases.team.removed', params: { name: member.name } });
      // The row and its buttons are gone; the table heading is the nearest sensible place.
      this.focusOn('#team-title');
    });
  }

  private handOver(member: TeamMemberResponse): void {
    this.run(this.api.handOver(this.caseId(), member.userId), (dossier) => {
      this.context.set(dossier);
      this.status.set({ key: 'cases.team.handedOver', params: { name: member.name } });
      this.context.loadTeam(dossier.id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe();
      // The access log and the privacy duties go with the lead.
      this.context
        .refreshAccess()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ error: () => undefined });
      this.focusOn('#team-title');
    });
  }

  private run<T>(request: Observable<T>, done: (result: T) => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.status.set(null);
    request
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: done,
        error: (error: unknown) =>
          this.error.set(
            errorMessage(error, {
              ...ACCESS_ERROR_TEXTS,
              'casusregisseur-cannot-leave': 'cases.team.errors.cannotRemoveLead',
              'casusregisseur-only': 'cases.team.errors.leadOnly',
            }),
          ),
      });
  }

  private replace(updated: TeamMemberResponse): void {
    this.context.setTeam(this.team().map((item) => (item.id === updated.id ? updated : item)));
  }

  protected caseId(): string {
    return this.context.dossier()?.id ?? '';
  }

  private focusOn(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
