import { reachesCaseContent } from '@sluitend/domain';
import { activeConsentExists } from '../../access/consent-sql';
import type { AuthenticatedUser } from '../../auth/authenticated-user';

/** How the user reaches an agreement as its owner: `table` logs ground actietafel-agenda, `team` ground consent. */
export type OwnerRelation = 'table' | 'team';

/**
 * Whose an agreement is, as SQL over `agreement a`, for the owner's list and the owner's change alike. An
 * agreement names a jongere, so owning it follows the case's policy, never organisation membership alone:
 * - a role that does case work (reachesCaseContent): an admin or privacy officer owns none, whatever it names;
 * - the named person; or, for one owned by an organisation, a person of that organisation with a relation to
 *   the case: invited to the session that made it (the same people its reminders go to, ground
 *   actietafel-agenda), or a professional on the case team whose organisation has consent (as the case itself).
 * Returns null when the user can own none. `$n` placeholders follow `parameters`, which it extends.
 */
export function ownerCondition(
  user: AuthenticatedUser,
  today: string,
  parameters: unknown[],
): { where: string; relation: string } | null {
  if (!user.roles.some(reachesCaseContent)) return null;
  const at = (value: unknown) => `$${parameters.push(value)}`;
  const userId = at(user.id);
  const organisationId = at(user.organisation.id);
  const invited = `EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = a.session_id AND si.user_id = ${userId})`;
  const onTeam = user.roles.includes('professional')
    ? `(EXISTS (SELECT 1 FROM case_team_member tm WHERE tm.case_id = a.case_id AND tm.user_id = ${userId})
        AND ${activeConsentExists('a.case_id', organisationId, at(user.organisation.sector), at(today))})`
    : 'false';
  const ofOrganisation = `a.owner_user_id IS NULL AND a.owner_organisation_id = CAST(${organisationId} AS uuid)`;
  return {
    where: `(a.owner_user_id = ${userId} OR (${ofOrganisation} AND (${invited} OR ${onTeam})))`,
    relation: `CASE WHEN a.owner_user_id = ${userId} OR ${invited} THEN 'table' ELSE 'team' END`,
  };
}
