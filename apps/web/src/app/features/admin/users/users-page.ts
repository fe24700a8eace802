import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { OrganisationResponse, ROLES, Role, SignInLockResponse, UserResponse } from '@sluitend/domain';
import { finalize, forkJoin } from 'rxjs';
import { SignInLocksApiService } from '../../../core/api/sign-in-locks-api.service';
import { OrganisationsApiService } from '../../../core/api/organisations-api.service';
import { UsersApiService } from '../../../core/api/users-api.service';
import { AuthService } from '../../../core/auth/auth.service';
import { UiMessage, errorMessage } from '../../../core/http/ui-message';
import { ActiveToggle } from '../active-toggle';
import { AlertMessage } from '../../../shared/alert-message';
import { byName } from '../../../shared/by-name';
import { DateTimePipe } from '../../../shared/dates';
import { UserForm } from './user-form';

@Component({
  selector: 'app-users-page',
  imports: [TranslocoDirective, AlertMessage, UserForm, DateTimePipe],
  templateUrl: './users-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly usersApi = inject(UsersApiService);
  private readonly organisationsApi = inject(OrganisationsApiService);
  private readonly signInLocksApi = inject(SignInLocksApiService);
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
  private readonly lockList = signal<SignInLockResponse[]>([]);
  /** Locked accounts by user id: they sign in only from a browser they used before, until the lock ends. */
  protected readonly locks = computed(() => new Map(this.lockList().map((lock) => [lock.userId, lock])));
  protected readonly unlockingId = signal<string | null>(null);
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

  protected unlock(user: UserResponse): void {
    if (this.unlockingId()) return;
    this.unlockingId.set(user.id);
    this.actionError.set(null);
    this.signInLocksApi
      .unlock(user.id)
      .pipe(
        finalize(() => this.unlockingId.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.lockList.update((locks) => locks.filter((lock) => lock.userId !== user.id));
          this.status.set({ key: 'users.unlocked', params: { name: user.name } });
        },
        error: (error: unknown) => this.actionError.set(errorMessage(error)),
      });
  }

  private load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    forkJoin({
      users: this.usersApi.list(),
      organisations: this.organisationsApi.list(),
      locks: this.signInLocksApi.list(),
    })
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ users, organisations, locks }) => {
          this.userList.set(users);
          this.organisationList.set(organisations);
          this.lockList.set(locks);
        },
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }
}
