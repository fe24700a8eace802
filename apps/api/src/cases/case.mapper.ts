import type { LifeDomainDefinition } from '@sluitend/domain';
import type { CaseResponseDto } from './dto/case-response.dto';
import type { TeamMemberResponseDto } from './dto/team-member.dto';
import type { NetworkMemberResponseDto } from './dto/network-member.dto';
import type { CaseEntity } from './entities/case.entity';
import type { NetworkMemberEntity } from './entities/network-member.entity';
import type { TeamMemberEntity } from './entities/team-member.entity';

export function toCaseResponse(
  entity: CaseEntity,
  casusregisseur: { userId: string; name: string },
  lifeDomains: LifeDomainDefinition[],
): CaseResponseDto {
  return {
    id: entity.id,
    firstName: entity.firstName,
    lastName: entity.lastName,
    dateOfBirth: entity.dateOfBirth,
    bsn: entity.bsn,
    municipalityId: entity.municipalityId,
    municipalityName: entity.municipality.name,
    schoolOrWork: entity.schoolOrWork,
    contact: { phone: entity.contactPhone, email: entity.contactEmail, address: entity.contactAddress },
    status: entity.status,
    closedReason: entity.closedReason,
    closedAt: entity.closedAt?.toISOString() ?? null,
    casusregisseur,
    restriction:
      entity.restrictedAt && entity.restrictedReason
        ? { reason: entity.restrictedReason, since: entity.restrictedAt.toISOString() }
        : null,
    lifeDomains,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** Expects the member's user and organisation to be loaded. */
export function toTeamMemberResponse(member: TeamMemberEntity): TeamMemberResponseDto {
  return {
    id: member.id,
    userId: member.userId,
    name: member.user.name,
    email: member.user.email,
    organisationId: member.user.organisationId,
    organisationName: member.user.organisation.name,
    sector: member.user.organisation.sector,
    part: member.part,
    isCasusregisseur: member.isCasusregisseur,
    addedAt: member.addedAt.toISOString(),
  };
}

export function toNetworkMemberResponse(member: NetworkMemberEntity): NetworkMemberResponseDto {
  return {
    id: member.id,
    name: member.name,
    relation: member.relation,
    phone: member.phone,
    email: member.email,
    note: member.note,
  };
}
