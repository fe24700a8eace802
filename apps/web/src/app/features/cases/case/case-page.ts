import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ageInYears, daysUntilEighteenth, isTransitionAge } from '@sluitend/domain';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { Clock } from '../../../core/time/clock';
import { AlertMessage } from '../../../shared/alert-message';
import { IsoDatePipe } from '../../../shared/dates';
import { CaseContext } from './case-context';

export const CASE_TABS = [
  { path: 'overview', labelKey: 'cases.tabs.overview' },
  { path: 'toekomstplan', labelKey: 'cases.tabs.toekomstplan' },
  { path: 'team', labelKey: 'cases.tabs.team' },
  { path: 'timeline', labelKey: 'cases.tabs.timeline' },
] as const;

/**
 * The frame of one dossier: who the jongere is, and the tabs. Tabs are routed links with
 * aria-current, so each has its own URL, page title and browser history entry.
 */
@Component({
  selector: 'app-case-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoDirective, AlertMessage, IsoDatePipe],
  templateUrl: './case-page.html',
  providers: [CaseContext],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePage {
  private readonly context = inject(CaseContext);
  private readonly clock = inject(Clock);

  /** The route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly tabs = CASE_TABS;
  protected readonly dossier = this.context.dossier;
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly age = computed(() => {
    const dossier = this.dossier();
    return dossier ? ageInYears(dossier.dateOfBirth, this.clock.today()) : null;
  });
  /** From 16½ the countdown matters: the 18-/18+ checklist must be done by then. */
  protected readonly daysUntilEighteen = computed(() => {
    const dossier = this.dossier();
    const today = this.clock.today();
    return dossier && isTransitionAge(dossier.dateOfBirth, today)
      ? daysUntilEighteenth(dossier.dateOfBirth, today)
      : null;
  });

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((id) =>
          this.context.load(id).pipe(
            map(() => null),
            catchError((error: unknown) => of(errorMessage(error, { 404: 'cases.page.notFound' }))),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((error) => {
        this.loading.set(false);
        this.error.set(error);
      });
  }
}
