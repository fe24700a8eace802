import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ageInYears, daysUntilEighteenth, isTransitionAge } from '@sluitend/domain';
import { catchError, filter, map, of, switchMap, tap } from 'rxjs';
import { isConsentRequired } from '../../../core/api/case-access-problems';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { Clock } from '../../../core/time/clock';
import { AlertMessage } from '../../../shared/alert-message';
import { DateTimePipe, IsoDatePipe } from '../../../shared/dates';
import { formatClockTime } from './access/clock-time';
import { ConsentRequiredPanel } from './access/consent-required-panel';
import { CaseContext } from './case-context';

export interface CaseTab {
  path: string;
  labelKey: string;
}

export const CASE_TABS: readonly CaseTab[] = [
  { path: 'overview', labelKey: 'cases.tabs.overview' },
  { path: 'toekomstplan', labelKey: 'cases.tabs.toekomstplan' },
  { path: 'team', labelKey: 'cases.tabs.team' },
  { path: 'timeline', labelKey: 'cases.tabs.timeline' },
  { path: 'actietafel', labelKey: 'actietafel.escalations.case.tab' },
];
export const CONSENTS_TAB: CaseTab = { path: 'consents', labelKey: 'privacy.consents.tab' };
export const ACCESS_LOG_TAB: CaseTab = { path: 'access-log', labelKey: 'privacy.accessLog.tab' };

/**
 * The frame of one dossier: who the jongere is, and the tabs. Tabs are routed links with
 * aria-current, so each has its own URL, page title and browser history entry. What the user
 * may do is loaded first: without consent for their organisation the dossier stays closed.
 */
@Component({
  selector: 'app-case-page',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoDirective,
    AlertMessage,
    IsoDatePipe,
    DateTimePipe,
    ConsentRequiredPanel,
  ],
  templateUrl: './case-page.html',
  providers: [CaseContext],
  styles: `
    .access-banner {
      border-left-width: 6px;
    }
    .access-banner__title {
      font-size: 1.125rem;
      font-weight: 700;
    }
    .access-banner > :last-child {
      margin-bottom: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePage {
  private readonly context = inject(CaseContext);
  private readonly clock = inject(Clock);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly dossier = this.context.dossier;
  protected readonly access = this.context.access;
  protected readonly closed = this.context.closed;
  protected readonly canManageConsents = this.context.canManageConsents;
  protected readonly emergency = this.context.emergency;
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly tabs = computed<readonly CaseTab[]>(() => [
    ...CASE_TABS,
    CONSENTS_TAB,
    ...(this.context.canViewAccessLog() ? [ACCESS_LOG_TAB] : []),
  ]);
  protected readonly consentsTab = CONSENTS_TAB;
  /** The open tab; while the dossier is closed only the Toestemmingen tab is shown. */
  protected readonly childPath = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.activeChild()),
    ),
    { initialValue: this.activeChild() },
  );
  /**
   * A closed dossier shows only the registry (to who may register a consent) and, to the casusregisseur, the
   * access log with the jongere's AVG rights, which do not wait for consent.
   */
  protected readonly closedTabs = computed<readonly CaseTab[]>(() => [
    ...(this.canManageConsents() ? [CONSENTS_TAB] : []),
    ...(this.context.canViewAccessLog() ? [ACCESS_LOG_TAB] : []),
  ]);
  protected readonly showOutlet = computed(() => {
    if (!this.closed()) return this.dossier() !== null;
    return this.closedTabs().some((tab) => tab.path === this.childPath());
  });
  protected readonly emergencyUntil = computed(() => formatClockTime(this.access()?.emergencyAccessExpiresAt));
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
          this.context.open(id).pipe(
            map(() => null),
            // A consent-required refusal is shown by the panel, never as a generic error.
            catchError((error: unknown) =>
              of(isConsentRequired(error) ? null : errorMessage(error, { 404: 'cases.page.notFound' })),
            ),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((error) => {
        this.loading.set(false);
        this.error.set(error);
      });

    // The panel replaces what was on screen (also when a tab's call was refused): focus its heading.
    effect(() => {
      if (!this.closed()) return;
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#consent-required-title')?.focus(), {
        injector: this.injector,
      });
    });
  }

  private activeChild(): string | null {
    return this.route.snapshot?.firstChild?.url[0]?.path ?? null;
  }
}
