import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { OrganisationResponse, RegionResponse } from '@sluitend/domain';
import { finalize, forkJoin } from 'rxjs';
import { OrganisationsApiService } from '../../../core/api/organisations-api.service';
import { RegionsApiService } from '../../../core/api/regions-api.service';
import { UiMessage, errorMessage, isVersionConflict } from '../../../core/http/ui-message';
import { AlertMessage } from '../../../shared/alert-message';
import { byName } from '../../../shared/by-name';
import { OrganisationForm } from './organisation-form';

@Component({
  selector: 'app-organisations-page',
  imports: [TranslocoDirective, AlertMessage, OrganisationForm],
  templateUrl: './organisations-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationsPage {
  private readonly organisationsApi = inject(OrganisationsApiService);
  private readonly regionsApi = inject(RegionsApiService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly organisationList = signal<OrganisationResponse[]>([]);
  protected readonly organisations = computed(() => [...this.organisationList()].sort(byName));
  protected readonly regions = signal<RegionResponse[]>([]);
  protected readonly regionNames = computed(() => new Map(this.regions().map((region) => [region.id, region.name])));
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly actionError = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly pendingId = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected onCreated(organisation: OrganisationResponse): void {
    this.organisationList.update((list) => [...list, organisation]);
    this.actionError.set(null);
    this.status.set({ key: 'organisations.created', params: { name: organisation.name } });
  }

  protected toggleActive(organisation: OrganisationResponse): void {
    if (this.pendingId() !== null) return;
    this.pendingId.set(organisation.id);
    this.status.set(null);
    this.actionError.set(null);
    const active = !organisation.active;
    this.organisationsApi
      .update(organisation.id, { version: organisation.version, active })
      .pipe(
        finalize(() => this.pendingId.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.organisationList.update((list) => list.map((item) => (item.id === updated.id ? updated : item)));
          const key = active ? 'organisations.activated' : 'organisations.deactivated';
          this.status.set({ key, params: { name: updated.name } });
        },
        error: (error: unknown) => {
          this.actionError.set(errorMessage(error, { 409: 'errors.staleVersion' }));
          // Someone else changed it: show their version, so the next click uses the current one.
          if (isVersionConflict(error)) this.reloadOrganisations();
        },
      });
  }

  private reloadOrganisations(): void {
    this.organisationsApi
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (organisations) => this.organisationList.set(organisations),
        error: (error: unknown) => this.actionError.set(errorMessage(error)),
      });
  }

  private load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    forkJoin({ organisations: this.organisationsApi.list(), regions: this.regionsApi.list() })
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ organisations, regions }) => {
          this.organisationList.set(organisations);
          this.regions.set([...regions].sort(byName));
        },
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }
}
