import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { NETWORK_RELATIONS, NetworkMemberRequest, NetworkMemberResponse, NetworkRelation } from '@sluitend/domain';
import { finalize } from 'rxjs';
import { CaseNetworkApiService } from '../../../../core/api/case-network-api.service';
import { submitErrorMessage } from '../../../../core/http/form-errors';
import { SubmitKey } from '../../../../core/http/idempotency';
import { UiMessage } from '../../../../core/http/ui-message';
import { AlertMessage } from '../../../../shared/alert-message';
import { FieldError } from '../../../../shared/field-error';
import { focusFirstInvalid } from '../../../../shared/focus-first-invalid';
import { requiredText } from '../../../../shared/validators';
import { ACCESS_ERROR_TEXTS } from '../access/access-errors';

type NetworkField = 'name' | 'relation' | 'phone' | 'email' | 'note';

/** Adds a person from the jongere's network, or changes one when `member` is given. */
@Component({
  selector: 'app-network-member-form',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertMessage, FieldError],
  templateUrl: './network-member-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkMemberForm implements OnInit {
  private readonly api = inject(CaseNetworkApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  /** The same content sent again (after an error, a lost answer) is the same submission: it creates one. */
  private readonly submitKey = new SubmitKey();
  private readonly fb = inject(NonNullableFormBuilder);

  readonly caseId = input.required<string>();
  readonly member = input<NetworkMemberResponse | null>(null);
  readonly saved = output<NetworkMemberResponse>();
  readonly cancelled = output<void>();

  protected readonly relations = NETWORK_RELATIONS;
  readonly form = this.fb.group({
    name: ['', [requiredText, Validators.maxLength(200)]],
    relation: this.fb.control<NetworkRelation>('parent', Validators.required),
    phone: ['', Validators.maxLength(40)],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    note: ['', Validators.maxLength(1000)],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);

  ngOnInit(): void {
    const member = this.member();
    if (member) {
      this.form.setValue({
        name: member.name,
        relation: member.relation,
        phone: member.phone ?? '',
        email: member.email ?? '',
        note: member.note ?? '',
      });
    }
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>('input')?.focus(), {
      injector: this.injector,
    });
  }

  protected showErrors(field: NetworkField): boolean {
    const control = this.form.controls[field];
    return control.invalid && (this.submitted() || control.touched);
  }

  protected idFor(field: NetworkField): string {
    return `network-${this.member()?.id ?? 'new'}-${field}`;
  }

  submit(): void {
    if (this.busy()) return;
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const member = this.member();
    const request = this.request();
    const call = member
      ? this.api.update(this.caseId(), member.id, request)
      : this.api.add(this.caseId(), request, this.submitKey.for([this.caseId(), request]));
    this.busy.set(true);
    call
      .pipe(
        finalize(() => this.busy.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          this.submitKey.done();
          this.saved.emit(saved);
        },
        error: (error: unknown) => {
          this.error.set(submitErrorMessage(this.form, error, ACCESS_ERROR_TEXTS));
          focusFirstInvalid(this.host.nativeElement, this.injector);
        },
      });
  }

  private request(): NetworkMemberRequest {
    const { name, relation, phone, email, note } = this.form.getRawValue();
    return {
      name: name.trim(),
      relation,
      phone: phone.trim() || null,
      email: email.trim() || null,
      note: note.trim() || null,
    };
  }
}
