import { TRANSITION_TOPICS, type TransitionItem } from './toekomstplan.contract';
import { TRANSITION_TOPIC_LABELS, defaultTransitionChecklist, transitionProgress } from './transition-checklist';

describe('defaultTransitionChecklist', () => {
  it('has one open, unowned item without a note per transition topic, in topic order', () => {
    expect(defaultTransitionChecklist()).toEqual(
      TRANSITION_TOPICS.map((topic) => ({ topic, ownerUserId: null, status: 'open', note: '' })),
    );
    expect(defaultTransitionChecklist()).toHaveLength(6);
  });

  it('returns fresh items each time, so editing one plan never changes another', () => {
    const first = defaultTransitionChecklist();
    first[0].status = 'done';
    expect(defaultTransitionChecklist()[0].status).toBe('open');
  });
});

describe('transitionProgress', () => {
  it('counts the done items out of all items', () => {
    const items: TransitionItem[] = defaultTransitionChecklist().map((item, index) => ({
      ...item,
      status: index < 2 ? 'done' : index === 2 ? 'in-progress' : 'open',
    }));
    expect(transitionProgress(items)).toEqual({ done: 2, total: 6 });
  });

  it('is 0 of 0 for a plan without a checklist', () => {
    expect(transitionProgress([])).toEqual({ done: 0, total: 0 });
  });
});

describe('TRANSITION_TOPIC_LABELS', () => {
  it('names every topic in Dutch', () => {
    expect(TRANSITION_TOPICS.map((topic) => TRANSITION_TOPIC_LABELS[topic])).toEqual([
      'Wonen',
      'Inkomen (uitkering, toeslagen)',
      'Zorgverzekering',
      'Vervolg van zorg (verlengde jeugdhulp, Wmo, Zvw)',
      'School of werk',
      'Juridisch (bewind, mentorschap)',
    ]);
  });
});
