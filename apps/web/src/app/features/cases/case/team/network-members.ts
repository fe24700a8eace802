import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { NetworkMemberResponse } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { CaseNetworkApiService } from '../../../../core/api/case-network-api.service';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { ConfirmDialog } from '../../../../shared/confirm-dialog';
import { ACCESS_ERROR_TEXTS } from '../access/access-errors';
import { CaseContext } from '../case-context';
import { NetworkMemberForm } from './network-member-form';

/** 'new' while adding, a member id while changing that member, null otherwise. */
type Editing = string | null;

/** The jongere's informal network. Every team member may keep it up to date. */
@Component({
  selector: 'app-network-members',
  imports: [TranslocoDirective, AlertMessage, ConfirmDialog, NetworkMemberForm],
  templateUrl: './network-members.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkMembers {
  private readonly api = inject(CaseNetworkApiService);
  private readonly context = inject(CaseContext);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly caseId = this.context.dossier()?.id ?? '';
  /** Every team member may keep the network up to date, unless the dossier is read-only. */
  protected readonly canChange = this.context.canChange;
  protected readonly members = signal<NetworkMemberResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UiMessage | null>(null);
  protected readonly error = signal<UiMessage | null>(null);
  protected readonly status = signal<UiMessage | null>(null);
  protected readonly editing = signal<Editing>(null);
  protected readonly removing = signal<NetworkMemberResponse | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    this.api
      .list(this.caseId)
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (members) => this.members.set(members),
        error: (error: unknown) => this.loadError.set(errorMessage(error)),
      });
  }

  protected edit(editing: Exclude<Editing, null>): void {
    this.status.set(null);
    this.editing.set(editing);
  }

  protected onSaved(saved: NetworkMemberResponse): void {
    const isNew = !this.members().some((member) => member.id === saved.id);
    this.members.update((list) => (isNew ? [...list, saved] : list.map((m) => (m.id === saved.id ? saved : m))));
    this.status.set({ key: isNew ? 'cases.network.added' : 'cases.network.changed', params: { name: saved.name } });
    this.closeForm(isNew ? '#add-network-member' : `#edit-network-${saved.id}`);
  }

  protected onCancelled(): void {
    const editing = this.editing();
    this.closeForm(editing === 'new' ? '#add-network-member' : `#edit-network-${editing ?? ''}`);
  }

  protected confirmRemove(): void {
    const member = this.removing();
    this.removing.set(null);
    if (!member || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api
      .remove(this.caseId, member.id)
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.members.update((list) => list.filter((item) => item.id !== member.id));
          this.status.set({ key: 'cases.network.removed', params: { name: member.name } });
          this.focusOn('#network-title');
        },
        error: (error: unknown) => this.error.set(errorMessage(error, ACCESS_ERROR_TEXTS)),
      });
  }

  /** Back to the button that opened the form, so keyboard users keep their place. */
  private closeForm(focusSelector: string): void {
    this.editing.set(null);
    this.focusOn(focusSelector);
  }

  private focusOn(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
