import { emptyToekomstplan } from './empty-plan';
import { DEFAULT_LIFE_DOMAINS } from './life-domains';
import { defaultTransitionChecklist } from './transition-checklist';

describe('emptyToekomstplan', () => {
  const today = '2026-03-05';

  it('has one empty assessment per life domain of the region, in the region order', () => {
    const plan = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2012-01-01', today);
    expect(plan.domains.map((assessment) => assessment.domain)).toEqual(
      DEFAULT_LIFE_DOMAINS.map((domain) => domain.key),
    );
    for (const assessment of plan.domains) {
      expect(assessment).toEqual({
        domain: assessment.domain,
        situation: '',
        wish: '',
        score: null,
        carriedBy: null,
        goals: [],
      });
    }
  });

  it('follows a region with its own domains and order', () => {
    const plan = emptyToekomstplan(
      [
        { key: 'vrije-tijd', label: 'Vrije tijd' },
        { key: 'wonen', label: 'Wonen' },
      ],
      '2012-01-01',
      today,
    );
    expect(plan.domains.map((assessment) => assessment.domain)).toEqual(['vrije-tijd', 'wonen']);
  });

  it('starts with empty words, no evaluation date and nothing from the professionals', () => {
    const plan = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2012-01-01', today);
    expect(plan.myFuture).toEqual({ whatIWant: '', whatIAmGoodAt: '', whoHelpsMe: '' });
    expect(plan.professionalView).toBe('');
    expect(plan.evaluationDate).toBeNull();
  });

  it('has no transition checklist the day before the jongere is 16½', () => {
    expect(emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-09-06', today).transitionChecklist).toEqual([]);
  });

  it('has the full open transition checklist from the day the jongere is 16½', () => {
    expect(emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-09-05', today).transitionChecklist).toEqual(
      defaultTransitionChecklist(),
    );
  });

  it('gives independent plans that share no arrays', () => {
    const first = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-01-01', today);
    const second = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-01-01', today);
    first.domains[0].goals.push({ id: 'g1', description: 'Kamer', actions: [] });
    first.transitionChecklist[0].status = 'done';
    expect(second.domains[0].goals).toEqual([]);
    expect(second.transitionChecklist[0].status).toBe('open');
  });
});
