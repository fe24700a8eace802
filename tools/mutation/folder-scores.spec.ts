import { belowFloor, folderOf, folderScores } from './folder-scores';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('folderScores', () => {
  it('counts killed and timed-out mutants as detected, survived and uncovered ones as not, per folder', () => {
    const scores = folderScores(
      {
        files: {
          'libs/domain/src/reminders/working-days.ts': mutants('Killed', 'Killed', 'Timeout', 'Survived'),
          'libs/domain/src/reminders/reminder-rules.ts': mutants('NoCoverage', 'Killed'),
          'libs/domain/src/auth/password-policy.ts': mutants('Killed', 'CompileError', 'RuntimeError', 'Ignored'),
        },
      },
      'libs/domain/src',
    );
    expect(scores).toEqual([
      { folder: 'auth', detected: 1, undetected: 0, score: 100 },
      { folder: 'reminders', detected: 4, undetected: 2, score: (100 * 4) / 6 },
    ]);
  });

  it('leaves out a folder with no valid mutant instead of dividing by zero', () => {
    expect(folderScores({ files: { 'libs/domain/src/api/types.ts': mutants('Ignored') } }, 'libs/domain/src')).toEqual(
      [],
    );
  });
});

describe('folderOf', () => {
  it('names the first folder below the root, for absolute and Windows paths too', () => {
    expect(folderOf('libs/domain/src/privacy/consent-rules.ts', 'libs/domain/src')).toBe('privacy');
    expect(folderOf('/work/main/libs/domain/src/rules/bsn.ts', 'libs/domain/src')).toBe('rules');
    expect(folderOf('C:\\w\\libs\\domain\\src\\toekomstplan\\a\\b.ts', 'libs/domain/src')).toBe('toekomstplan');
    expect(folderOf('libs/domain/src/index.ts', 'libs/domain/src')).toBe('.');
  });
});

describe('belowFloor', () => {
  it('lists the folders strictly under the floor, worst first; exactly the floor passes', () => {
    const scores = [
      { folder: 'a', detected: 95, undetected: 5, score: 95 },
      { folder: 'b', detected: 80, undetected: 20, score: 80 },
      { folder: 'c', detected: 94, undetected: 6, score: 94 },
    ];
    expect(belowFloor(scores, 95).map((entry) => entry.folder)).toEqual(['b', 'c']);
  });
});
