import {
  filterFromParams,
  filterToParams,
  matchingPreset,
  monthWithinPeriod,
  periodProblem,
  presetPeriod,
} from './monitoring-filter';

describe('monitoring filter', () => {
  const today = '2026-03-05';

  it.each([
    ['last-12-months', { from: '2025-04-01', to: '2026-03-05' }],
    ['this-year', { from: '2026-01-01', to: '2026-03-05' }],
    ['last-year', { from: '2025-01-01', to: '2025-12-31' }],
  ] as const)('gives the preset %s as a period of whole days', (preset, period) => {
    expect(presetPeriod(preset, today)).toEqual(period);
    expect(matchingPreset(period, today)).toBe(preset);
  });

  it('recognises no preset in a period typed by hand', () => {
    expect(matchingPreset({ from: '2025-02-01', to: '2025-02-28' }, today)).toBeNull();
  });

  it('reads the period and every municipality from the address bar', () => {
    expect(filterFromParams({ from: '2025-02-01', to: '2025-02-28', municipalityId: ['a', 'b', 'a'] }, today)).toEqual({
      from: '2025-02-01',
      to: '2025-02-28',
      municipalityIds: ['a', 'b'],
    });
    expect(
      filterFromParams({ from: '2025-02-01', to: '2025-02-28', municipalityId: 'a' }, today).municipalityIds,
    ).toEqual(['a']);
  });

  it.each([
    [{}],
    [{ from: '2025-02-30', to: '2025-03-01' }],
    [{ from: '2025-03-01', to: '2025-02-01' }],
    [{ from: '2020-01-01', to: '2025-01-01' }],
  ])('falls back to the last 12 months for a missing or unusable period %j', (params) => {
    expect(filterFromParams(params, today)).toEqual({ from: '2025-04-01', to: '2026-03-05', municipalityIds: [] });
  });

  it('writes the filter back as query parameters, leaving out an empty municipality list', () => {
    expect(filterToParams({ from: '2025-01-01', to: '2025-12-31', municipalityIds: [] })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      municipalityId: null,
    });
    expect(
      filterToParams({ from: '2025-01-01', to: '2025-12-31', municipalityIds: ['a', 'b'] }).municipalityId,
    ).toEqual(['a', 'b']);
  });

  it('tells why a period cannot be asked for, as the api would refuse it', () => {
    expect(periodProblem('2025-01-01', '2025-12-31')).toBeNull();
    expect(periodProblem('', '2025-12-31')).toBe('invalid');
    expect(periodProblem('2025-12-31', '2025-01-01')).toBe('order');
    expect(periodProblem('2022-01-01', '2025-01-03')).toBe('tooLong');
    expect(periodProblem('2022-01-01', '2025-01-02')).toBeNull();
  });

  it('clips a month of the throughput to the period', () => {
    const filter = { from: '2025-04-15', to: '2026-03-05' };
    expect(monthWithinPeriod('2025-04', filter)).toEqual({ from: '2025-04-15', to: '2025-04-30' });
    expect(monthWithinPeriod('2025-02', { from: '2024-01-01', to: '2025-12-31' })).toEqual({
      from: '2025-02-01',
      to: '2025-02-28',
    });
    expect(monthWithinPeriod('2026-03', filter)).toEqual({ from: '2026-03-01', to: '2026-03-05' });
  });
});
