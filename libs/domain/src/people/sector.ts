/** The worlds whose professionals work on one case together; `gemeente` is the municipality itself. */
export const SECTORS = ['welzijn', 'jeugdhulp', 'werk-en-inkomen', 'onderwijs', 'gemeente'] as const;
export type Sector = (typeof SECTORS)[number];

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}
