import { NonNullableFormBuilder } from '@angular/forms';
import { TestBed } from '@angular/core/testing';
import { DEFAULT_LIFE_DOMAINS, emptyToekomstplan } from '@sluitend/domain';
import { applyPlanProblems } from './plan-problems';
import { planForm } from './plan-form.model';

describe('applyPlanProblems', () => {
  function aForm() {
    const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-05-14', '2026-03-05');
    content.domains[0].goals.push({
      id: 'g1',
      description: 'Kamer',
      actions: [
        {
          id: 'a1',
          description: 'Inschrijven',
          owner: { userId: 'u-9', organisationId: null },
          deadline: null,
          status: 'open',
        },
      ],
    });
    return planForm(TestBed.inject(NonNullableFormBuilder), content, DEFAULT_LIFE_DOMAINS, () => '2026-03-05');
  }

  it('puts each problem on its input, as a translatable error', () => {
    const form = aForm();
    const unmatched = applyPlanProblems(form, [
      { field: 'domains.0.goals.0.description', message: 'description must not be empty' },
      { field: 'myFuture.whatIWant', message: 'whatIWant must be shorter than or equal to 4000 characters' },
      { field: 'evaluationDate', message: 'evaluationDate must be at most 6 months ahead' },
    ]);
    expect(unmatched).toEqual([]);
    expect(form.get('domains.0.goals.0.description')?.errors).toEqual({ required: true });
    expect(form.get('myFuture.whatIWant')?.errors).toEqual({ maxlength: { requiredLength: 4000 } });
    expect(form.controls.evaluationDate.errors).toEqual({ evaluationDate: 'too-far' });
  });

  it("reads the API's field paths, with their content prefix and nested owner", () => {
    const form = aForm();
    applyPlanProblems(form, [
      {
        field: 'content.domains.0.goals.0.actions.0.owner.userId',
        message: 'owner.userId must be a member of the case team',
      },
    ]);
    expect(form.get('domains.0.goals.0.actions.0.ownerUserId')?.errors).toEqual({ ownerNotOnTeam: true });
  });

  it('leaves problems without an input to the summary', () => {
    const problems = [
      { field: 'domains.0.goals.0.id', message: 'id must be unique within the plan' },
      { field: 'domains.9.situation', message: 'x' },
    ];
    expect(applyPlanProblems(aForm(), problems)).toEqual(problems);
  });
});
