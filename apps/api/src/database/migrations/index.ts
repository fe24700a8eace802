import { PeopleAndOrganisations1763900000000 } from './1763900000000-people-and-organisations';
import { CasesAndToekomstplan1763910000000 } from './1763910000000-cases-and-toekomstplan';
import { PrivacyAndAccess1763920000000 } from './1763920000000-privacy-and-access';
import { Actietafel1763930000000 } from './1763930000000-actietafel';
import { Reminders1763940000000 } from './1763940000000-reminders';
import { CaseActivity1763950000000 } from './1763950000000-case-activity';
import { NotificationMail1763960000000 } from './1763960000000-notification-mail';
import { Monitoring1763970000000 } from './1763970000000-monitoring';
import { AdminAuditSubject1764020000000 } from './1764020000000-admin-audit-subject';
import { IdempotencyKeys1764040000000 } from './1764040000000-idempotency-keys';
import { OneCasePerBsn1764040000001 } from './1764040000001-one-case-per-bsn';
import { AuditCheckpoints1764060000001 } from './1764060000001-audit-checkpoints';
import { SignInBookkeeping1764050000001 } from './1764050000001-sign-in-bookkeeping';

/** In order of application; listed, not globbed, because the API is bundled. */
export const MIGRATIONS = [
  PeopleAndOrganisations1763900000000,
  CasesAndToekomstplan1763910000000,
  PrivacyAndAccess1763920000000,
  Actietafel1763930000000,
  Reminders1763940000000,
  CaseActivity1763950000000,
  NotificationMail1763960000000,
  Monitoring1763970000000,
  AdminAuditSubject1764020000000,
  IdempotencyKeys1764040000000,
  OneCasePerBsn1764040000001,
  AuditCheckpoints1764060000001,
  SignInBookkeeping1764050000001,
];
