import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { OrganisationResponse, RegionResponse } from '@sluitend/domain';
import { finalize, forkJoin } from 'rxjs';
import { OrganisationsApiService } from '../../../core/api/organisations-api.service';
import { RegionsApiService } from '../../../core/api/regions-api.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { ActiveToggle } from '../active-toggle';
import { AlertMessage } from '../../../shared/alert-message';
import { byName } from '../../../shared/by-name';
import { QueueDashboardLink } from '../queue-dashboard/queue-dashboard-link';
import { OrganisationForm } from './organisation-form';

@Component({
  selector: 'app-organisations-page',
  imports: [TranslocoDirective, AlertMessage, OrganisationForm, QueueDashboardLink],
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
  private readonly activeToggle = new ActiveToggle(
    this.organisationList,
    this.organisationsApi,
    { activated: 'organisations.activated', deactivated: 'organisations.deactivated' },
    this.destroyRef,
  );
  protected readonly actionError = this.activeToggle.actionError;
  protected readonly status = this.activeToggle.status;
  protected readonly pendingId = this.activeToggle.pendingId;

  constructor() {
    this.load();
  }

  protected onCreated(organisation: OrganisationResponse): void {
    this.organisationList.update((list) => [...list, organisation]);
    this.actionError.set(null);
    this.status.set({ key: 'organisations.created', params: { name: organisation.name } });
  }

  protected toggleActive(organisation: OrganisationResponse): void {
    this.activeToggle.toggle(organisation);
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
