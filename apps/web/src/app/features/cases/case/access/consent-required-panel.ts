import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CaseLead } from '../../../../core/api/case-access-problems';

/**
 * Why a team member sees only that the dossier exists: their organisation has no valid consent
 * (or legal ground). Names the casusregisseur, who can have one registered.
 */
@Component({
  selector: 'app-consent-required-panel',
  imports: [RouterLink, TranslocoDirective],
  template: `
    <section
      *transloco="let t"
      class="notice notice--warning consent-required"
      role="status"
      aria-labelledby="consent-required-title"
      data-testid="consent-required"
    >
      <h2 id="consent-required-title" tabindex="-1">{{ t('privacy.access.closed.heading') }}</h2>
      <p>{{ t('privacy.access.closed.reason') }}</p>
      @if (casusregisseur(); as lead) {
        <p>
          {{ t('privacy.access.closed.lead', { name: lead.name, organisation: lead.organisationName }) }}
        </p>
      }
      @if (canManageConsents()) {
        <p>{{ t('privacy.access.closed.youCanRegister') }}</p>
        @if (showConsentsLink()) {
          <a class="button button--primary" routerLink="consents">{{ t('privacy.access.closed.register') }}</a>
        }
      } @else {
        <p>{{ t('privacy.access.closed.askLead') }}</p>
      }
    </section>
  `,
  styles: `
    .consent-required {
      font-weight: normal;
      color: var(--color-text);
    }
    .consent-required h2 {
      color: var(--color-warning);
      font-size: 1.25rem;
    }
    .consent-required > :last-child {
      margin-bottom: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentRequiredPanel {
  readonly casusregisseur = input<CaseLead | null>(null);
  readonly canManageConsents = input(false);
  /** Not while the Toestemmingen tab is open already. */
  readonly showConsentsLink = input(true);
}
