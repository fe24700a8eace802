import { monthsOf, reasonCodeFigures, stateFigures, throughputFigures } from './dashboard-figures';

describe('the dashboard figures', () => {
  it('has every month of the period, across a year end', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('fills the months and outcomes without rows with zeros', () => {
    expect(
      throughputFigures(
        [
          { kind: 'submitted', month: '2026-02', outcome: null, count: 3 },
          { kind: 'closed', month: '2026-02', outcome: 'resolved', count: 2 },
          { kind: 'closed', month: '2026-02', outcome: 'not-resolved', count: 1 },
        ],
        '2026-01-01',
        '2026-02-28',
      ),
    ).toEqual([
      { month: '2026-01', submitted: 0, closed: 0, outcomes: { resolved: 0, 'partly-resolved': 0, 'not-resolved': 0 } },
      { month: '2026-02', submitted: 3, closed: 3, outcomes: { resolved: 2, 'partly-resolved': 0, 'not-resolved': 1 } },
    ]);
  });

  it('lists every state but draft, with no longest wait for an empty one', () => {
    const figures = stateFigures([{ state: 'closed', count: 2, past_norm: 0, longest_days: 9 }]);
    expect(figures.map((figure) => figure.state)).toEqual([
      'submitted',
      'accepted',
      'scheduled',
      'agreements-running',
      'closed',
      'returned',
      'rejected',
    ]);
    expect(figures[0]).toEqual({ state: 'submitted', count: 0, pastNorm: 0, longestDaysInState: null });
    expect(figures[4]).toEqual({ state: 'closed', count: 2, pastNorm: 0, longestDaysInState: 9 });
  });

  it('labels reason codes in Dutch, a missing one as not given, and puts the most frequent first', () => {
    expect(
      reasonCodeFigures([
        { reason_code: null, count: 1 },
        { reason_code: 'eigen-code', count: 1 },
        { reason_code: 'housing', count: 4 },
      ]),
    ).toEqual([
      { code: 'housing', label: 'Huisvesting', count: 4 },
      { code: 'eigen-code', label: 'eigen-code', count: 1 },
      { code: null, label: 'Geen reden opgegeven', count: 1 },
    ]);
  });
});
