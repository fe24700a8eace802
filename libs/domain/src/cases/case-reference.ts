/**
 * How a download names the case it is about: never the jongere's name (a file name ends up in download
 * folders, mail attachments and recent-files lists), but the first 8 characters of the case id, which the
 * casusregisseur can match with the dossier's address in the browser.
 */
export function caseReference(caseId: string): string {
  return caseId.slice(0, 8).toLowerCase();
}

/** `toekomstplan-3f9a1c2e-v2-2026-12-06.pdf`: what, which case, which version, on which (Dutch) day. */
export function caseFileName(kind: string, caseId: string, day: string, extension: string, version?: number): string {
  return (
    [kind, caseReference(caseId), ...(version === undefined ? [] : [`v${version}`]), day].join('-') + `.${extension}`
  );
}
