import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { ColleagueResponse, TeamMemberResponse } from '@sluitend/domain';
import { catchError, debounceTime, distinctUntilChanged, finalize, map, of, switchMap } from 'rxjs';
import { CaseTeamApiService } from '../../../../core/api/case-team-api.service';
import { ColleaguesApiService } from '../../../../core/api/colleagues-api.service';
import { submitErrorMessage } from '../../../../core/http/form-errors';
import { SubmitKey } from '../../../../core/http/idempotency';
import { UiMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { FieldError } from '../../../../shared/field-error';
import { requiredText } from '../../../../shared/validators';
import { SEARCH_DEBOUNCE_MS, searchTerm } from '../../../../shared/search-term';
import { ACCESS_ERROR_TEXTS } from '../access/access-errors';
import { PART_MAX_LENGTH } from './team-limits';

/** Find a colleague by name, say what they do for the jongere, and add them to the team. */
@Component({
  selector: 'app-add-team-member',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, FieldError],
  templateUrl: './add-team-member.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddTeamMember {
  private readonly teamApi = inject(CaseTeamApiService);
  private readonly colleaguesApi = inject(ColleaguesApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  /** The same content sent again (after an error, a lost answer) is the same submission: it creates one. */
  private readonly submitKey = new SubmitKey();
  private readonly fb = inject(NonNullableFormBuilder);

  readonly caseId = input.required<string>();
  readonly team = input.required<readonly TeamMemberResponse[]>();
  readonly added = output<TeamMemberResponse>();

  protected readonly search = this.fb.control('');
  protected readonly form = this.fb.group({
    part: ['', [requiredText, Validators.maxLength(PART_MAX_LENGTH)]],
  });
  private readonly found = signal<ColleagueResponse[] | null>(null);
  /** Colleagues already on the team cannot be added twice, so they are not offered. */
  protected readonly results = computed(() => {
    const onTeam = new Set(this.team().map((member) => member.userId));
    return this.found()?.filter((colleague) => !onTeam.has(colleague.userId)) ?? null;
  });
  protected readonly chosen = signal<ColleagueResponse | null>(null);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map(searchTerm),
        distinctUntilChanged(),
        switchMap((term) =>
          term ? this.colleaguesApi.search(term).pipe(catchError(() => of<ColleagueResponse[]>([]))) : of(null),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((colleagues) => this.found.set(colleagues));
  }

  protected choose(colleague: ColleagueResponse): void {
    this.chosen.set(colleague);
    this.error.set(null);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>('#new-member-part')?.focus(), {
      injector: this.injector,
    });
  }

  protected submit(): void {
    const colleague = this.chosen();
    if (this.busy() || !colleague) return;
    this.submitted.set(true);
    if (this.form.invalid) {
      this.host.nativeElement.querySelector<HTMLInputElement>('#new-member-part')?.focus();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const request = { userId: colleague.userId, part: this.form.controls.part.value.trim() };
    this.teamApi
      .add(this.caseId(), request, this.submitKey.for([this.caseId(), request]))
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (member) => {
          this.submitKey.done();
          this.added.emit(member);
          this.reset();
          this.host.nativeElement.querySelector<HTMLInputElement>('#colleague-search')?.focus();
        },
        error: (error: unknown) =>
          this.error.set(
            submitErrorMessage(this.form, error, {
              ...ACCESS_ERROR_TEXTS,
              'already-team-member': 'cases.team.errors.alreadyOnTeam',
              'casusregisseur-only': 'cases.team.errors.leadOnly',
            }),
          ),
      });
  }

  private reset(): void {
    this.chosen.set(null);
    this.found.set(null);
    this.search.reset('', { emitEvent: false });
    this.form.reset();
    this.submitted.set(false);
  }
}
