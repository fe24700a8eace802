import { compareLocks, LockEntry, Lockfile } from './compare-locks';

const root = {
  name: '@sluitend/source',
  dependencies: { rollup: '^4.0.0' },
  devDependencies: { jest: '~30.3.0' },
};

function lock(extra: Lockfile['packages'] = {}, rootEntry: LockEntry = root): Lockfile {
  return {
    lockfileVersion: 3,
    packages: {
      '': rootEntry,
      'node_modules/rollup': { version: '4.50.0', integrity: 'sha512-rollup' },
      'node_modules/@rollup/rollup-linux-x64-gnu': {
        version: '4.50.0',
        integrity: 'sha512-linux',
        optional: true,
        os: ['linux'],
        cpu: ['x64'],
      },
      'node_modules/jest': { version: '30.3.0', integrity: 'sha512-jest', dev: true },
      ...extra,
    },
  };
}

const windowsBinding = {
  'node_modules/@rollup/rollup-win32-x64-msvc': {
    version: '4.50.0',
    integrity: 'sha512-win',
    optional: true,
    os: ['win32'],
    cpu: ['x64'],
  },
  'node_modules/@rollup/rollup-win32-x64-msvc/node_modules/@emnapi/core': {
    version: '1.4.0',
    integrity: 'sha512-emnapi',
    optional: true,
  },
};

describe('compareLocks', () => {
  it('finds no drift when npm wrote the committed lock back unchanged', () => {
    expect(compareLocks(lock(), lock())).toEqual([]);
  });

  it('ignores other-platform optional packages (and their own dependencies) the mirror started serving', () => {
    expect(compareLocks(lock(), lock(windowsBinding))).toEqual([]);
  });

  it('ignores other-platform optional packages the mirror stopped serving', () => {
    expect(compareLocks(lock(windowsBinding), lock())).toEqual([]);
  });

  it('reports a package whose resolved version moved', () => {
    const moved = lock({ 'node_modules/rollup': { version: '4.51.0', integrity: 'sha512-other' } });
    expect(compareLocks(lock(), moved)).toEqual([
      { path: 'node_modules/rollup', reason: 'version 4.50.0 became 4.51.0' },
    ]);
  });

  it('reports a platform package whose version moved, even though it is optional', () => {
    const moved = lock({
      'node_modules/@rollup/rollup-linux-x64-gnu': { version: '4.51.0', optional: true, os: ['linux'], cpu: ['x64'] },
    });
    expect(compareLocks(lock(), moved).map((drift) => drift.path)).toEqual([
      'node_modules/@rollup/rollup-linux-x64-gnu',
    ]);
  });

  it('reports the same version with another integrity (a republished or substituted tarball)', () => {
    const swapped = lock({ 'node_modules/jest': { version: '30.3.0', integrity: 'sha512-evil', dev: true } });
    expect(compareLocks(lock(), swapped)).toEqual([
      { path: 'node_modules/jest', reason: 'integrity of 30.3.0 changed' },
    ]);
  });

  it('reports an installable package that appeared or disappeared', () => {
    const added = lock({ 'node_modules/left-pad': { version: '1.3.0' } });
    expect(compareLocks(lock(), added)).toEqual([{ path: 'node_modules/left-pad', reason: 'added (1.3.0)' }]);
    expect(compareLocks(added, lock())).toEqual([{ path: 'node_modules/left-pad', reason: 'removed (was 1.3.0)' }]);
  });

  it('reports an optional package without a platform constraint, since it installs everywhere', () => {
    const added = lock({ 'node_modules/fsevents-like': { version: '1.0.0', optional: true } });
    expect(compareLocks(lock(), added).map((drift) => drift.path)).toEqual(['node_modules/fsevents-like']);
  });

  it('reports declared dependencies that no longer match the lock, in any order', () => {
    const reordered = { ...root, devDependencies: { jest: '~30.3.0' }, dependencies: { rollup: '^4.0.0' } };
    expect(compareLocks(lock(), lock({}, reordered))).toEqual([]);
    const changed = { ...root, dependencies: { rollup: '^5.0.0' } };
    expect(compareLocks(lock(), lock({}, changed)).map((drift) => drift.path)).toEqual(['(root)']);
  });

  it('reports a different lockfile format', () => {
    expect(compareLocks(lock(), { ...lock(), lockfileVersion: 2 }).map((drift) => drift.path)).toEqual([
      '(lockfileVersion)',
    ]);
  });
});
