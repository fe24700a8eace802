/** One letter matches nearly everything; waiting for two keeps a list calm while typing. */
export const SEARCH_MIN_LENGTH = 2;
/** Typing waits this long for a pause, so every keystroke does not cost a request. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The search a box asks for: trimmed text, '' for everything, or null while it is too short. */
export function searchTerm(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return trimmed.length >= SEARCH_MIN_LENGTH ? trimmed : null;
}
