import { ActietafelSessionEntity } from '../actietafel/entities/actietafel-session.entity';
import { AgendaItemEntity } from '../actietafel/entities/agenda-item.entity';
import { AgreementEntity } from '../actietafel/entities/agreement.entity';
import { DecisionEntity } from '../actietafel/entities/decision.entity';
import { EscalationTransitionEntity } from '../actietafel/entities/escalation-transition.entity';
import { EscalationEntity } from '../actietafel/entities/escalation.entity';
import { LadderStepEntity } from '../actietafel/entities/ladder-step.entity';
import { SessionInviteeEntity } from '../actietafel/entities/session-invitee.entity';
import { NotificationEntity } from '../notifications/entities/notification.entity';
import { ReminderEntity } from '../reminders/entities/reminder.entity';
import { EmergencyAccessEntity } from '../access/entities/emergency-access.entity';
import { AuditEventEntity } from '../audit/entities/audit-event.entity';
import { ConsentEntity } from '../consents/entities/consent.entity';
import { ErasureRecordEntity } from '../subject-rights/entities/erasure-record.entity';
import { CaseEventEntity } from '../cases/entities/case-event.entity';
import { CaseEntity } from '../cases/entities/case.entity';
import { NetworkMemberEntity } from '../cases/entities/network-member.entity';
import { TeamMemberEntity } from '../cases/entities/team-member.entity';
import { PlanActionEntity } from '../toekomstplan/entities/plan-action.entity';
import { ToekomstplanVersionEntity } from '../toekomstplan/entities/toekomstplan-version.entity';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { MunicipalityEntity } from '../regions/entities/municipality.entity';
import { RegionEntity } from '../regions/entities/region.entity';
import { UserEntity } from '../users/entities/user.entity';
import { IdempotencyKeyEntity } from '../common/idempotency/idempotency-key.entity';
import { UserSignInEntity } from '../auth/entities/user-sign-in.entity';

/** Listed, not globbed: the API is bundled by webpack, where globs find nothing. */
export const ENTITIES = [
  RegionEntity,
  MunicipalityEntity,
  OrganisationEntity,
  UserEntity,
  UserSignInEntity,
  CaseEntity,
  TeamMemberEntity,
  NetworkMemberEntity,
  CaseEventEntity,
  ToekomstplanVersionEntity,
  PlanActionEntity,
  ConsentEntity,
  EmergencyAccessEntity,
  AuditEventEntity,
  ErasureRecordEntity,
  EscalationEntity,
  EscalationTransitionEntity,
  LadderStepEntity,
  ActietafelSessionEntity,
  SessionInviteeEntity,
  AgendaItemEntity,
  DecisionEntity,
  AgreementEntity,
  NotificationEntity,
  ReminderEntity,
  IdempotencyKeyEntity,
];
