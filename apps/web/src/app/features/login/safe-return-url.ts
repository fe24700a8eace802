const HOME = '/home';

/** Only same-app paths: an absolute or protocol-relative URL here would be an open redirect. */
export function safeReturnUrl(candidate: string | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return HOME;
  }
  return candidate.startsWith('/login') ? HOME : candidate;
}
