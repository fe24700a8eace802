import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { TeamMemberResponse } from '@sluitend/domain';
import { UiMessage } from '../../../core/http/ui-message';
import { FieldError } from '../../../shared/field-error';
import { refreshOnFormEvents } from '../../../shared/refresh-on-form-events';
import { GoalEditor } from './goal-editor';
import { CARRIER_OPTIONS, SCORE_OPTIONS } from './plan-options';
import { DomainForm, emptyGoal, goalForm } from './plan-form.model';
import { RadioGroupField } from './radio-group-field';

/** One life domain: how it is now, what the jongere wants, the score, who carries it, the goals. */
@Component({
  selector: 'app-domain-section',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldError, GoalEditor, RadioGroupField],
  templateUrl: './domain-section.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DomainSection implements OnInit {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly refresh = refreshOnFormEvents();

  readonly domain = input.required<DomainForm>();
  readonly label = input.required<string>();
  readonly team = input.required<readonly TeamMemberResponse[]>();
  readonly submitted = input(false);
  /** Without the right to change the case: no goals added or removed. */
  readonly readOnly = input(false);

  protected readonly scores = SCORE_OPTIONS;
  protected readonly carriers = CARRIER_OPTIONS;
  protected readonly id = computed(() => `domain-${this.domain().controls.domain.value}`);
  protected readonly announcement = signal<UiMessage | null>(null);

  ngOnInit(): void {
    this.refresh(this.domain());
  }

  protected addGoal(): void {
    if (this.readOnly()) return;
    const goal = emptyGoal();
    this.domain().controls.goals.push(goalForm(this.fb, goal));
    this.domain().markAsDirty();
    this.announcement.set({ key: 'plan.goal.added', params: { domain: this.label() } });
    this.focus(`#goal-${goal.id}-description`);
  }

  protected removeGoal(index: number): void {
    if (this.readOnly()) return;
    this.domain().controls.goals.removeAt(index);
    this.domain().markAsDirty();
    this.announcement.set({ key: 'plan.goal.removed', params: { number: index + 1, domain: this.label() } });
    this.focus(`#${this.id()}-add-goal`);
  }

  protected showErrors(control: AbstractControl): boolean {
    return control.invalid && (this.submitted() || control.touched);
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
