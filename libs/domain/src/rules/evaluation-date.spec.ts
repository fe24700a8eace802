import { todayInAmsterdam } from './calendar-date';
import { MAX_EVALUATION_MONTHS, evaluationDateProblem } from './evaluation-date';

describe('evaluationDateProblem', () => {
  const today = '2026-03-05';

  it('allows no date at all: the evaluation is simply not planned yet', () => {
    expect(evaluationDateProblem(null, today)).toBeNull();
  });

  it('allows today itself', () => {
    expect(evaluationDateProblem(today, today)).toBeNull();
  });

  it('refuses yesterday as in the past', () => {
    expect(evaluationDateProblem('2026-03-04', today)).toBe('in-past');
  });

  it('allows exactly 6 months ahead and refuses the day after', () => {
    expect(MAX_EVALUATION_MONTHS).toBe(6);
    expect(evaluationDateProblem('2026-09-05', today)).toBeNull();
    expect(evaluationDateProblem('2026-09-06', today)).toBe('too-far');
  });

  it('ends the 6 months from 31 August on 28 February, the clamped month end', () => {
    expect(evaluationDateProblem('2027-02-28', '2026-08-31')).toBeNull();
    expect(evaluationDateProblem('2027-03-01', '2026-08-31')).toBe('too-far');
  });

  it('ends the 6 months from 31 August before a leap year on 29 February', () => {
    expect(evaluationDateProblem('2028-02-29', '2027-08-31')).toBeNull();
    expect(evaluationDateProblem('2028-03-01', '2027-08-31')).toBe('too-far');
  });

  it.each(['2026-02-30', '2026-3-10', 'next week', ''])('calls %p invalid', (evaluationDate) => {
    expect(evaluationDateProblem(evaluationDate, today)).toBe('invalid');
  });

  it('judges "in the past" by the Amsterdam day, not the UTC day', () => {
    const now = new Date('2026-03-04T23:30:00Z');
    expect(evaluationDateProblem('2026-03-04', now.toISOString().slice(0, 10))).toBeNull();
    expect(evaluationDateProblem('2026-03-04', todayInAmsterdam(now))).toBe('in-past');
  });
});
