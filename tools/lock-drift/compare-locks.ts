/**
 * Decides whether `npm install` moved the dependency tree away from the committed lock.
 *
 * Our registry mirror gains and loses other-platform optional packages (`@rollup/rollup-win32-*`, …) from one
 * month to the next, and npm writes whichever it can see into the lock. Those entries can never be installed on
 * our Linux machines, so their coming and going is noise; a changed version, integrity or set of packages that
 * do install is a real drift and must fail CI.
 */

export interface LockEntry {
  version?: string;
  integrity?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  link?: boolean;
  resolved?: string;
  [field: string]: unknown;
}

export interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
}

export interface LockDrift {
  path: string;
  reason: string;
}

const ROOT = '';

export function isPlatformBound(entry: LockEntry): boolean {
  return entry.optional === true && Boolean(entry.os?.length || entry.cpu?.length || entry.libc?.length);
}

/** Paths inside a platform-bound package's own node_modules come and go with it. */
function platformRoots(packages: Record<string, LockEntry>): string[] {
  return Object.entries(packages)
    .filter(([, entry]) => isPlatformBound(entry))
    .map(([path]) => `${path}/node_modules/`);
}

function isPlatformNoise(path: string, entry: LockEntry, roots: string[]): boolean {
  return isPlatformBound(entry) || roots.some((root) => path.startsWith(root));
}

/** Declared dependencies of the root entry, order-independent. */
function declared(entry: LockEntry | undefined): string {
  if (!entry) return 'missing';
  const fields = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;
  return JSON.stringify(
    fields.map((field) => {
      const deps = (entry[field] ?? {}) as Record<string, string>;
      return [
        field,
        Object.keys(deps)
          .sort()
          .map((name) => [name, deps[name]]),
      ];
    }),
  );
}

export function compareLocks(committed: Lockfile, installed: Lockfile): LockDrift[] {
  const drifts: LockDrift[] = [];
  if (committed.lockfileVersion !== installed.lockfileVersion) {
    drifts.push({
      path: '(lockfileVersion)',
      reason: `lockfileVersion ${committed.lockfileVersion} became ${installed.lockfileVersion}`,
    });
  }
  const before = committed.packages ?? {};
  const after = installed.packages ?? {};
  if (declared(before[ROOT]) !== declared(after[ROOT])) {
    drifts.push({ path: '(root)', reason: 'the declared dependencies differ from package.json in the lock' });
  }
  const rootsBefore = platformRoots(before);
  const rootsAfter = platformRoots(after);

  for (const [path, entry] of Object.entries(before)) {
    if (path === ROOT) continue;
    const now = after[path];
    if (!now) {
      if (!isPlatformNoise(path, entry, rootsBefore)) drifts.push({ path, reason: `removed (was ${entry.version})` });
      continue;
    }
    if (entry.version !== now.version) {
      drifts.push({ path, reason: `version ${entry.version} became ${now.version}` });
    } else if (entry.integrity && now.integrity && entry.integrity !== now.integrity) {
      drifts.push({ path, reason: `integrity of ${entry.version} changed` });
    }
  }
  for (const [path, entry] of Object.entries(after)) {
    if (path === ROOT || before[path]) continue;
    if (!isPlatformNoise(path, entry, rootsAfter)) drifts.push({ path, reason: `added (${entry.version})` });
  }
  return drifts;
}
