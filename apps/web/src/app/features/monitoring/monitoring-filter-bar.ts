import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormRecord, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { MonitoringFilter, MunicipalityResponse } from '@sluitend/domain';
import { Clock } from '../../core/time/clock';
import { PERIOD_PRESETS, PeriodPreset, matchingPreset, periodProblem, presetPeriod } from './monitoring-filter';

/**
 * The period and municipalities every figure of the dashboard and the report is computed for. Presets apply
 * at once; typed dates and ticked municipalities when the user applies them, so half-typed dates never
 * start a request.
 */
@Component({
  selector: 'app-monitoring-filter-bar',
  imports: [ReactiveFormsModule, TranslocoDirective],
  template: `
    <form
      *transloco="let t; prefix: 'monitoring.filter'"
      class="card monitoring-filter no-print"
      role="search"
      novalidate
      [formGroup]="form"
      [attr.aria-label]="t('label')"
      (ngSubmit)="apply()"
      data-testid="monitoring-filter"
    >
      <fieldset class="monitoring-filter__group">
        <legend>{{ t('period') }}</legend>
        <div class="button-row monitoring-filter__presets">
          @for (preset of presets; track preset) {
            <button
              type="button"
              class="button button--secondary button--small"
              [attr.aria-pressed]="activePreset() === preset"
              [attr.data-testid]="'preset-' + preset"
              (click)="applyPreset(preset)"
            >
              {{ t('presets.' + preset) }}
            </button>
          }
        </div>
        <div class="filter-bar">
          <div class="form-field">
            <label for="monitoring-from">{{ t('from') }}</label>
            <input
              id="monitoring-from"
              type="date"
              formControlName="from"
              data-testid="monitoring-from"
              [attr.aria-invalid]="problem() ? true : null"
              [attr.aria-describedby]="problem() ? 'monitoring-period-error' : null"
            />
          </div>
          <div class="form-field">
            <label for="monitoring-to">{{ t('to') }}</label>
            <input
              id="monitoring-to"
              type="date"
              formControlName="to"
              data-testid="monitoring-to"
              [attr.aria-invalid]="problem() ? true : null"
              [attr.aria-describedby]="problem() ? 'monitoring-period-error' : null"
            />
          </div>
        </div>
        @if (problem(); as reason) {
          <p id="monitoring-period-error" class="field-error__message" role="alert" data-testid="period-error">
            {{ t('errors.' + reason) }}
          </p>
        }
      </fieldset>
      <fieldset class="monitoring-filter__group">
        <legend>{{ t('municipalities') }}</legend>
        <p class="hint" id="monitoring-municipalities-hint">{{ t('municipalitiesHint') }}</p>
        <ul
          class="monitoring-filter__municipalities"
          [formGroup]="municipalityChecks"
          aria-describedby="monitoring-municipalities-hint"
        >
          @for (municipality of municipalities(); track municipality.id) {
            <li class="checkbox">
              <input
                type="checkbox"
                [id]="'monitoring-municipality-' + municipality.id"
                [formControlName]="municipality.id"
                [attr.data-testid]="'municipality-' + municipality.id"
              />
              <label [for]="'monitoring-municipality-' + municipality.id">{{ municipality.name }}</label>
            </li>
          }
        </ul>
      </fieldset>
      <div class="button-row">
        <button type="submit" class="button button--primary" data-testid="monitoring-apply">{{ t('apply') }}</button>
      </div>
    </form>
  `,
  styles: `
    .monitoring-filter {
      margin-bottom: 1.5rem;
    }
    .monitoring-filter__group {
      border: 0;
      margin: 0 0 1rem;
      padding: 0;
    }
    .monitoring-filter__group legend {
      font-weight: 600;
      margin-bottom: 0.5rem;
    }
    .monitoring-filter__presets {
      margin-bottom: 0.75rem;
    }
    /* The active preset is filled instead of outlined (aria-pressed tells screen readers). */
    .monitoring-filter__presets [aria-pressed='true'] {
      background: var(--color-primary);
      border-color: var(--color-primary);
      color: #ffffff;
    }
    .monitoring-filter__municipalities {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonitoringFilterBar {
  private readonly clock = inject(Clock);

  readonly filter = input.required<MonitoringFilter>();
  readonly municipalities = input<MunicipalityResponse[]>([]);
  readonly filterChange = output<MonitoringFilter>();

  protected readonly presets = PERIOD_PRESETS;
  protected readonly form = inject(NonNullableFormBuilder).group({ from: '', to: '' });
  /** One checkbox per municipality of the region; the list arrives after the page. */
  protected readonly municipalityChecks = new FormRecord<FormControl<boolean>>({});
  protected readonly problem = signal<ReturnType<typeof periodProblem>>(null);
  protected readonly activePreset = computed(() => matchingPreset(this.filter(), this.clock.today()));

  constructor() {
    // The address bar is the source of truth: back/forward and shared links reset what the form shows.
    effect(() => {
      const filter = this.filter();
      const checks = this.municipalityChecks;
      for (const id of Object.keys(checks.controls)) checks.removeControl(id, { emitEvent: false });
      for (const municipality of this.municipalities()) {
        checks.addControl(
          municipality.id,
          new FormControl(filter.municipalityIds.includes(municipality.id), { nonNullable: true }),
          { emitEvent: false },
        );
      }
      this.form.patchValue({ from: filter.from, to: filter.to }, { emitEvent: false });
      this.problem.set(null);
    });
  }

  protected applyPreset(preset: PeriodPreset): void {
    const period = presetPeriod(preset, this.clock.today());
    this.form.patchValue(period);
    this.apply();
  }

  protected apply(): void {
    const { from, to } = this.form.getRawValue();
    const checked = this.municipalityChecks.getRawValue();
    const problem = periodProblem(from, to);
    this.problem.set(problem);
    if (problem !== null) return;
    // In the order of the list, so the same selection always gives the same address.
    const ids = this.municipalities()
      .map((municipality) => municipality.id)
      .filter((id) => checked[id] === true);
    this.filterChange.emit({ from, to, municipalityIds: ids });
  }
}
