/** Emails identify accounts; comparing them case-insensitively prevents look-alike duplicates. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
