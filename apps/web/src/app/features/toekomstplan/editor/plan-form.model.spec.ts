import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { DEFAULT_LIFE_DOMAINS, ToekomstplanContent, emptyToekomstplan } from '@sluitend/domain';
import { actionForm, emptyAction, planContentOf, planForm } from './plan-form.model';

const today = () => '2026-03-05';

describe('plan form model', () => {
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  it('gives back exactly the content it was built from', () => {
    const content: ToekomstplanContent = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-05-14', '2026-03-05');
    content.myFuture.whatIWant = 'Op mezelf wonen';
    content.evaluationDate = '2026-06-01';
    content.domains[1].score = 3;
    content.domains[1].carriedBy = 'network';
    content.domains[1].goals.push({
      id: 'g1',
      description: 'Diploma halen',
      actions: [
        {
          id: 'a1',
          description: 'Stage zoeken',
          owner: { userId: 'u-1', organisationId: null },
          deadline: '2026-04-01',
          status: 'in-progress',
        },
        {
          id: 'a2',
          description: 'Intake',
          owner: { userId: null, organisationId: 'org-1' },
          deadline: null,
          status: 'open',
        },
      ],
    });
    expect(planContentOf(planForm(fb(), content, DEFAULT_LIFE_DOMAINS, today))).toEqual(content);
  });

  it('orders the domains as the region does and adds the ones the plan lacks', () => {
    const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS.slice(0, 2).reverse(), '2009-05-14', '2026-03-05');
    const form = planForm(fb(), content, DEFAULT_LIFE_DOMAINS, today);
    expect(form.controls.domains.controls.map((domain) => domain.controls.domain.value)).toEqual(
      DEFAULT_LIFE_DOMAINS.map((domain) => domain.key),
    );
  });

  it('treats empty inputs as the nulls of the contract, and a chosen person as the owner', () => {
    const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-05-14', '2026-03-05');
    const form = planForm(fb(), content, DEFAULT_LIFE_DOMAINS, today);
    const action = actionForm(fb(), { ...emptyAction(), owner: { userId: null, organisationId: 'org-1' } });
    action.patchValue({ description: ' Bellen ', ownerUserId: 'u-2' });
    const goal = { id: 'g1', description: 'Doel', actions: [] };
    content.domains[0].goals.push(goal);
    const withGoal = planForm(fb(), content, DEFAULT_LIFE_DOMAINS, today);
    withGoal.controls.domains.at(0).controls.goals.at(0).controls.actions.push(action);

    const saved = planContentOf(withGoal).domains[0].goals[0].actions[0];
    expect(saved).toMatchObject({
      description: 'Bellen',
      owner: { userId: 'u-2', organisationId: null },
      deadline: null,
    });
    expect(planContentOf(form).evaluationDate).toBeNull();
  });

  it('gives new goals and actions their own ids', () => {
    expect(emptyAction().id).not.toBe(emptyAction().id);
  });
});
