import { DEFAULT_LIFE_DOMAINS, comparePlans } from '@sluitend/domain';
import { aPlan } from '../../../../testing/cases';
import { comparisonSections } from './comparison-sections';

const people = new Map([['user-2', 'Linda Verhoef']]);

describe('comparisonSections', () => {
  const before = aPlan((content) => {
    content.domains[0].goals.push({
      id: 'g1',
      description: 'Een eigen kamer',
      actions: [
        {
          id: 'a1',
          description: 'Inschrijven',
          owner: { userId: 'user-2', organisationId: null },
          deadline: '2026-04-01',
          status: 'open',
        },
        {
          id: 'a2',
          description: 'Bellen',
          owner: { userId: null, organisationId: null },
          deadline: null,
          status: 'open',
        },
      ],
    });
  });
  const after = aPlan((content) => {
    content.myFuture.whatIWant = 'Op mezelf wonen';
    content.domains[0].score = 3;
    content.domains[0].goals.push({
      id: 'g1',
      description: 'Een eigen kamer',
      actions: [
        {
          id: 'a1',
          description: 'Inschrijven',
          owner: { userId: 'user-2', organisationId: null },
          deadline: '2026-04-01',
          status: 'done',
        },
        {
          id: 'a3',
          description: 'Huurtoeslag aanvragen',
          owner: { userId: null, organisationId: null },
          deadline: null,
          status: 'open',
        },
      ],
    });
    content.transitionChecklist[0].status = 'done';
  });
  const comparison = comparePlans({ number: 1, content: before }, { number: 2, content: after });

  it('names every change with its kind and, for actions, the fields that changed', () => {
    const sections = comparisonSections(comparison, DEFAULT_LIFE_DOMAINS, people, false);
    expect(sections.map((section) => section.id)).toEqual(['general', 'domain-wonen', 'transition']);
    const wonen = sections[1];
    expect(wonen?.title).toEqual({ text: 'Wonen' });
    expect(wonen?.rows.map((row) => [row.label, row.change, row.depth])).toEqual([
      [{ key: 'plan.domain.score' }, 'changed', 0],
      [{ key: 'plan.compare.goal' }, 'changed', 1],
      [{ key: 'plan.compare.action' }, 'changed', 2],
      [{ key: 'plan.compare.action' }, 'removed', 2],
      [{ key: 'plan.compare.action' }, 'added', 2],
    ]);
    expect(wonen?.rows[0]?.after).toEqual([{ key: 'plan.score.3' }]);
    expect(wonen?.rows[2]?.changedFields).toEqual(['plan.compare.actionField.status']);
    expect(wonen?.rows[2]?.before).toEqual([
      { text: 'Inschrijven' },
      { text: 'Linda Verhoef' },
      { text: '01-04-2026' },
      { key: 'plan.actionStatus.open' },
    ]);
    expect(wonen?.rows[3]?.after).toEqual([]);
  });

  it('shows a checklist change under its topic', () => {
    const transition = comparisonSections(comparison, DEFAULT_LIFE_DOMAINS, people, false)[2];
    expect(transition?.rows).toEqual([
      {
        label: { key: 'plan.transition.topic.housing' },
        before: [{ key: 'plan.checklistStatus.open' }],
        after: [{ key: 'plan.checklistStatus.done' }],
        change: 'changed',
        changedFields: ['plan.transition.status'],
        depth: 0,
      },
    ]);
  });

  it('leaves out unchanged goals, actions and domains when only changes are asked for', () => {
    const same = comparePlans({ number: 1, content: before }, { number: 2, content: before });
    expect(comparisonSections(same, DEFAULT_LIFE_DOMAINS, people, true)).toEqual([]);
    const full = comparisonSections(same, DEFAULT_LIFE_DOMAINS, people, false);
    expect(full.map((section) => section.id)).toEqual(['domain-wonen']);
    expect(full[0]?.rows.every((row) => row.change === 'unchanged')).toBe(true);
  });
});
