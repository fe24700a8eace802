import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MinutesResponse } from '@sluitend/domain';
import { catchError, of, switchMap, tap } from 'rxjs';
import { SessionsApiService } from '../../../../core/api/sessions-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { DateTimePipe, IsoDatePipe } from '../../../../shared/dates';
import { ClockTimePipe, SessionDayPipe } from '../shared/session-time';

/**
 * The minutes (verslag) of an ended session, as generated when it ended: who was there, and per
 * item the summary, the decisions and the agreements. Printable; the same minutes as a PDF.
 */
@Component({
  selector: 'app-minutes-page',
  imports: [RouterLink, TranslocoDirective, AlertMessage, SessionDayPipe, ClockTimePipe, DateTimePipe, IsoDatePipe],
  templateUrl: './minutes-page.html',
  styleUrl: './minutes-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MinutesPage {
  private readonly api = inject(SessionsApiService);
  private readonly document = inject(DOCUMENT);

  /** The route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly minutes = signal<MinutesResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly pdfUrl = computed(() => this.api.minutesPdfUrl(this.id()));
  protected readonly items = computed(() => [...(this.minutes()?.items ?? [])].sort((a, b) => a.position - b.position));

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((id) =>
          this.api.minutes(id).pipe(
            catchError((error: unknown) => {
              this.error.set(
                errorMessage(error, {
                  'content-not-available': 'actietafel.minutes.outsideWindow',
                  404: 'actietafel.minutes.notFound',
                  409: 'actietafel.minutes.notYet',
                }),
              );
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((minutes) => {
        this.loading.set(false);
        this.minutes.set(minutes);
      });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
