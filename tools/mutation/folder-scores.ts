/**
 * Mutation score per folder of a Stryker JSON report (mutation-testing-report-schema), computed as Stryker does:
 * detected (killed or timed out) over valid mutants (detected, survived or without coverage). Compile and runtime
 * errors and ignored mutants do not count.
 */

export interface ReportMutant {
  status: string;
}

export interface MutationReport {
  files: Record<string, { mutants: ReportMutant[] }>;
}

export interface FolderScore {
  folder: string;
  detected: number;
  undetected: number;
  score: number;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The folder directly below `root` that holds a file, or `.` for files in `root` itself. */
export function folderOf(file: string, root: string): string {
  const normalised = file.replace(/\\/g, '/');
  const index = normalised.indexOf(`${root}/`);
  const relative = index >= 0 ? normalised.slice(index + root.length + 1) : normalised;
  const slash = relative.indexOf('/');
  return slash < 0 ? '.' : relative.slice(0, slash);
}

export function folderScores(report: MutationReport, root: string): FolderScore[] {
  const folders = new Map<string, { detected: number; undetected: number }>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = folderOf(file, root);
    const counts = folders.get(folder) ?? { detected: 0, undetected: 0 };
    for (const mutant of mutants) {
      if (DETECTED.has(mutant.status)) counts.detected += 1;
      else if (UNDETECTED.has(mutant.status)) counts.undetected += 1;
    }
    folders.set(folder, counts);
  }
  return [...folders.entries()]
    .filter(([, counts]) => counts.detected + counts.undetected > 0)
    .map(([folder, counts]) => ({
      folder,
      ...counts,
      score: (100 * counts.detected) / (counts.detected + counts.undetected),
    }))
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** Folders whose score is below the floor, worst first. */
export function belowFloor(scores: FolderScore[], floor: number): FolderScore[] {
  return scores.filter((entry) => entry.score < floor).sort((a, b) => a.score - b.score);
}
