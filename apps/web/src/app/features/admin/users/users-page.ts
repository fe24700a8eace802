import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { OrganisationResponse, ROLES, Role, UserResponse } from '@sluitend/domain';
import { finalize, forkJoin } from 'rxjs';
import { OrganisationsApiService } from '../../../core/api/organisations-api.service';
import { UsersApiService } from '../../../core/api/users-api.service';
import { AuthService } from '../../../core/auth/auth.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { ActiveToggle } from '../active-toggle';
import { AlertMessage } from '../../../shared/alert-message';
import { byName } from '../../../shared/by-name';
import { UserForm } from './user-form';

@Component({
  selector: 'app-users-page',
  imports: [TranslocoDirective, AlertMessage, UserForm],
  templateUrl: './users-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly usersApi = inject(UsersApiService);
  private readonly organisationsApi = inject(OrganisationsApiService);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly userList = signal<UserResponse[]>([]);
  private readonly organisationList = signal<OrganisationResponse[]>([]);
  protected readonly users = computed(() => [...this.userList()].sort(byName));
  protected readonly organisationNames = computed(
    () => new Map(this.organisationList().map((organisation) => [organisation.id, organisation.name])),
  );
  /** New accounts only go to organisations that still take part. */
  protected readonly activeOrganisations = computed(() =>
    this.organisationList()
      .filter((organisation) => organisation.active)
      .sort(byName),
  );
  protected readonly currentUserId = computed(() => this.auth.user()?.id);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  private readonly activeToggle = new ActiveToggle(
    this.userList,
    this.usersApi,
    { activated: 'users.activated', deactivated: 'users.deactivated' },
    this.destroyRef,
  );
  protected readonly actionError = this.activeToggle.actionError;
  protected readonly status = this.activeToggle.status;
  protected readonly pendingId = this.activeToggle.pendingId;

  constructor() {
    this.load();
  }

  /** Roles in the fixed domain order, whatever order the API returned them in. */
  protected orderedRoles(roles: readonly Role[]): Role[] {
    return ROLES.filter((role) => roles.includes(role));
  }

  protected onCreated(user: UserResponse): void {
    this.userList.update((list) => [...list, user]);
    this.actionError.set(null);
    this.status.set({ key: 'users.created', params: { name: user.name } });
  }

  protected toggleActive(user: UserResponse): void {
    this.activeToggle.toggle(user);
  }

  private load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    forkJoin({ users: this.usersApi.list(), organisations: this.organisationsApi.list() })
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ users, organisations }) => {
          this.userList.set(users);
          this.organisationList.set(organisations);
        },
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }
}
