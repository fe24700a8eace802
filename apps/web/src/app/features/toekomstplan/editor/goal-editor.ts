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
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { TeamMemberResponse } from '@sluitend/domain';
import { UiMessage } from '../../../core/http/ui-message';
import { FieldError } from '../../../shared/field-error';
import { refreshOnFormEvents } from '../../../shared/refresh-on-form-events';
import { ActionEditor } from './action-editor';
import { GoalForm, actionForm, emptyAction } from './plan-form.model';

/** A goal and its actions. New actions get the focus, so typing can start at once. */
@Component({
  selector: 'app-goal-editor',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldError, ActionEditor],
  templateUrl: './goal-editor.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalEditor implements OnInit {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly refresh = refreshOnFormEvents();

  readonly goal = input.required<GoalForm>();
  /** 1-based within its domain. */
  readonly number = input.required<number>();
  readonly domainLabel = input.required<string>();
  readonly team = input.required<readonly TeamMemberResponse[]>();
  readonly submitted = input(false);
  /** Without the right to change the case: no actions added or removed, and the goal stays. */
  readonly readOnly = input(false);
  readonly remove = output<void>();

  protected readonly id = computed(() => `goal-${this.goal().controls.id.value}`);
  protected readonly announcement = signal<UiMessage | null>(null);

  ngOnInit(): void {
    this.refresh(this.goal());
  }

  protected addAction(): void {
    if (this.readOnly()) return;
    const action = emptyAction();
    this.goal().controls.actions.push(actionForm(this.fb, action));
    this.goal().markAsDirty();
    this.announcement.set({ key: 'plan.action.added', params: { goal: this.number() } });
    this.focus(`#action-${action.id}-description`);
  }

  protected removeAction(index: number): void {
    if (this.readOnly()) return;
    this.goal().controls.actions.removeAt(index);
    this.goal().markAsDirty();
    this.announcement.set({ key: 'plan.action.removed', params: { number: index + 1, goal: this.number() } });
    // The removed action's button is gone; the add button of this goal is the stable next place.
    this.focus(`#${this.id()}-add-action`);
  }

  protected showErrors(): boolean {
    const control = this.goal().controls.description;
    return control.invalid && (this.submitted() || control.touched);
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
