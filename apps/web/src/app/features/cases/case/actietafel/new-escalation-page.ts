import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { EscalationResponse } from '@sluitend/domain';
import { CaseContext } from '../case-context';
import { EscalationForm } from './escalation-form';

/** What the detail page says after arriving from here. */
export type EscalationArrival = 'saved' | 'submitted';

/** A new escalation of this case; once saved or submitted it continues on its own page. */
@Component({
  selector: 'app-new-escalation-page',
  imports: [RouterLink, TranslocoDirective, EscalationForm],
  template: `
    <section *transloco="let t" aria-labelledby="new-escalation-title">
      <p class="breadcrumb">
        <a routerLink="..">{{ t('actietafel.escalations.case.backToList') }}</a>
      </p>
      <h2 id="new-escalation-title" tabindex="-1">{{ t('actietafel.escalations.case.newTitle') }}</h2>
      @if (canChange()) {
        <app-escalation-form
          [caseId]="caseId()"
          (saved)="open($event, 'saved')"
          (submitted)="open($event, 'submitted')"
          (cancelled)="back()"
        />
      } @else {
        <p class="notice">{{ t('actietafel.escalations.case.readOnly') }}</p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewEscalationPage {
  private readonly context = inject(CaseContext);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly caseId = computed(() => this.context.caseId() ?? '');
  protected readonly canChange = this.context.canChange;

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef);
    // Without the form (read-only) the heading takes the focus; the form focuses its first field itself.
    afterNextRender(() => {
      if (!this.canChange()) host.nativeElement.querySelector<HTMLElement>('h2')?.focus();
    });
  }

  protected open(escalation: EscalationResponse, arrival: EscalationArrival): void {
    void this.router.navigate(['..', escalation.id], {
      relativeTo: this.route,
      replaceUrl: true,
      state: { arrival },
    });
  }

  protected back(): void {
    void this.router.navigate(['..'], { relativeTo: this.route });
  }
}
