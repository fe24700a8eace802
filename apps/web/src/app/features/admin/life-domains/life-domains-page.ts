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
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { LifeDomainDefinition } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { RegionWithLifeDomains, RegionsApiService } from '../../../core/api/regions-api.service';
import { submitErrorMessage } from '../../../core/http/form-errors';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { HasUnsavedChanges } from '../../../core/guards/unsaved-changes.guard';
import { AlertMessage } from '../../../shared/alert-message';
import { byName } from '../../../shared/by-name';
import { FieldError } from '../../../shared/field-error';
import { focusFirstInvalid } from '../../../shared/focus-first-invalid';
import { requiredText } from '../../../shared/validators';
import {
  LIFE_DOMAINS_MAX,
  LIFE_DOMAINS_MIN,
  LIFE_DOMAIN_KEY_MAX_LENGTH,
  LIFE_DOMAIN_LABEL_MAX_LENGTH,
  kebabKey,
  toKebabKey,
  uniqueKeyInList,
} from './life-domain-key';

type DomainRow = FormGroup<{
  key: FormControl<string>;
  label: FormControl<string>;
}>;

@Component({
  selector: 'app-life-domains-page',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, FieldError],
  templateUrl: './life-domains-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LifeDomainsPage implements HasUnsavedChanges {
  private readonly api = inject(RegionsApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly max = LIFE_DOMAINS_MAX;
  protected readonly regions = signal<RegionWithLifeDomains[]>([]);
  protected readonly regionControl = this.fb.control('');
  protected readonly form = this.fb.group({ lifeDomains: this.fb.array<DomainRow>([]) });
  /** Keys stored in plans must never change, so only rows added here get an editable key. */
  private readonly addedRows = new WeakSet<DomainRow>();
  /** The rows as a signal, so the OnPush template follows adds, moves and removals. */
  protected readonly rows = signal<readonly DomainRow[]>([]);
  protected readonly selectedRegion = signal<RegionWithLifeDomains | null>(null);
  protected readonly canAdd = computed(() => this.rows().length < LIFE_DOMAINS_MAX);
  protected readonly canRemove = computed(() => this.rows().length > LIFE_DOMAINS_MIN);

  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    this.regionControl.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((id) => this.showRegion(this.regions().find((region) => region.id === id) ?? null));
    // A changed key may make another row's key (un)ique again.
    this.form.controls.lifeDomains.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      for (const row of this.form.controls.lifeDomains.controls) {
        row.controls.key.updateValueAndValidity({ emitEvent: false });
      }
    });
    this.load();
  }

  hasUnsavedChanges(): boolean {
    const region = this.selectedRegion();
    if (!region) return false;
    return JSON.stringify(this.currentDomains()) !== JSON.stringify(region.lifeDomains);
  }

  protected isNew(row: DomainRow): boolean {
    return this.addedRows.has(row);
  }

  protected showErrors(control: FormControl<string> | FormArray<DomainRow>): boolean {
    return control.invalid && (this.submitted() || control.touched);
  }

  protected add(): void {
    if (!this.canAdd()) return;
    const row = this.row({ key: '', label: '' });
    this.addedRows.add(row);
    // The key follows the label until the user types a key of their own.
    row.controls.label.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((label) => {
      if (!row.controls.key.dirty) row.controls.key.setValue(toKebabKey(label));
    });
    this.form.controls.lifeDomains.push(row);
    this.syncRows();
    const index = this.rows().length - 1;
    this.status.set({ key: 'lifeDomains.added', params: { position: index + 1 } });
    this.focus(`life-domain-label-${index}`);
  }

  protected remove(index: number): void {
    if (!this.canRemove()) return;
    const label = this.labelOf(index);
    this.form.controls.lifeDomains.removeAt(index);
    this.syncRows();
    this.status.set({ key: 'lifeDomains.removed', params: { label } });
    this.focus('life-domains-list-title');
  }

  protected move(index: number, offset: -1 | 1): void {
    const target = index + offset;
    const list = this.form.controls.lifeDomains;
    if (target < 0 || target >= list.length) return;
    const row = list.at(index);
    list.removeAt(index, { emitEvent: false });
    list.insert(target, row);
    this.syncRows();
    this.status.set({
      key: 'lifeDomains.moved',
      params: { label: this.labelOf(target), position: target + 1, total: list.length },
    });
    // The moved row's DOM node is re-inserted, which drops focus: keep the user on the same button.
    this.focus(`life-domain-${offset < 0 ? 'up' : 'down'}-${target}`);
  }

  protected save(): void {
    if (this.busy()) return;
    const region = this.selectedRegion();
    if (!region) return;
    this.submitted.set(true);
    this.error.set(null);
    this.status.set(null);
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      this.error.set({ key: 'errors.checkFields' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.api
      .updateLifeDomains(region.id, { lifeDomains: this.currentDomains() })
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.regions.update((list) => list.map((item) => (item.id === updated.id ? updated : item)));
          this.showRegion(updated);
          this.status.set({ key: 'lifeDomains.saved', params: { region: updated.name } });
        },
        error: (error: unknown) => {
          this.error.set(submitErrorMessage(this.form, error));
          focusFirstInvalid(this.host.nativeElement, this.injector);
        },
      });
  }

  private load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api
      .list()
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (regions) => {
          this.regions.set([...regions].sort(byName));
          const first = this.regions()[0];
          if (first) this.regionControl.setValue(first.id);
        },
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }

  private showRegion(region: RegionWithLifeDomains | null): void {
    this.selectedRegion.set(region);
    const domains = region?.lifeDomains ?? [];
    const list = this.form.controls.lifeDomains;
    list.clear({ emitEvent: false });
    for (const domain of domains) list.push(this.row(domain), { emitEvent: false });
    list.updateValueAndValidity();
    this.submitted.set(false);
    this.error.set(null);
    this.syncRows();
  }

  private row(domain: LifeDomainDefinition): DomainRow {
    return this.fb.group({
      key: [domain.key, [requiredText, Validators.maxLength(LIFE_DOMAIN_KEY_MAX_LENGTH), kebabKey, uniqueKeyInList]],
      label: [domain.label, [requiredText, Validators.maxLength(LIFE_DOMAIN_LABEL_MAX_LENGTH)]],
    });
  }

  private currentDomains(): LifeDomainDefinition[] {
    return this.form.controls.lifeDomains
      .getRawValue()
      .map((domain) => ({ key: domain.key.trim(), label: domain.label.trim() }));
  }

  private labelOf(index: number): string {
    return this.form.controls.lifeDomains.at(index)?.controls.label.value.trim() ?? '';
  }

  private syncRows(): void {
    this.rows.set([...this.form.controls.lifeDomains.controls]);
  }

  private focus(id: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${id}`)?.focus(), {
      injector: this.injector,
    });
  }
}
