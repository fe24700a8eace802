import { ErrorTexts } from '../../../../core/http/ui-message';

/**
 * What a refused write means. The edit controls are hidden in these states, so these only show
 * when the access changed while the user was working (e.g. a restriction set meanwhile).
 */
export const ACCESS_ERROR_TEXTS: ErrorTexts = {
  'read-only-access': 'privacy.access.errors.readOnly',
  'case-restricted': 'privacy.access.errors.restricted',
  'consent-required': 'privacy.access.errors.consentRequired',
};
