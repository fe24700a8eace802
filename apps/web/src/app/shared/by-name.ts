/** Dutch collation, so names like "'s-Hertogenbosch" and accented letters sort as people expect. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });
}
