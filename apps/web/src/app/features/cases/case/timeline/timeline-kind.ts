/** The kinds the API writes; anything newer is shown with a general label and its summary. */
const KNOWN_KINDS: ReadonlySet<string> = new Set([
  'case.opened',
  'case.updated',
  'case.closed',
  'case.reopened',
  'team.member-added',
  'team.member-changed',
  'team.member-removed',
  'team.casusregisseur-handed-over',
  'network.member-added',
  'network.member-changed',
  'network.member-removed',
  'toekomstplan.saved',
  'toekomstplan.action-status',
]);

/** The translation key of a timeline entry's kind; the summary from the API is Dutch only. */
export function timelineKindKey(kind: string): string {
  return KNOWN_KINDS.has(kind) ? `cases.timeline.kind.${kind.replace('.', '_')}` : 'cases.timeline.kind.other';
}
