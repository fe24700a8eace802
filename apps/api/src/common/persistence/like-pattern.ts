/** A contains-pattern for LIKE: wildcards in what the user typed are literal characters, not patterns. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
