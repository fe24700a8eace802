import type { ConsentBasis, ConsentGiver, ConsentPurpose, ConsentScope, LegalGround, Sector } from '@sluitend/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { CaseEntity } from '../../cases/entities/case.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * One consent (or legal ground) for sharing a case with an organisation or a whole sector. Rows are never
 * deleted while the case lives: a withdrawal is recorded on the row, so the registry shows the history.
 */
@Entity({ name: 'consent' })
@Index('ix_consent_case', ['caseId'])
@Check(
  'ck_consent_scope',
  `("scope" = 'organisation' AND "organisation_id" IS NOT NULL) OR ("scope" = 'sector' AND "sector" IS NOT NULL)`,
)
@Check(
  'ck_consent_basis',
  `("basis" = 'consent' AND cardinality("given_by") > 0) OR ("basis" = 'legal-ground' AND "legal_ground" IS NOT NULL)`,
)
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consent' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_consent_case' })
  case!: CaseEntity;

  @Column({ type: 'varchar', length: 20 })
  scope!: ConsentScope;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_consent_organisation' })
  organisation!: OrganisationEntity | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  sector!: Sector | null;

  @Column({ type: 'varchar', length: 30 })
  purpose!: ConsentPurpose;

  @Column({ type: 'varchar', length: 20 })
  basis!: ConsentBasis;

  @Column({ name: 'given_by', type: 'varchar', array: true, default: () => "'{}'" })
  givenBy!: ConsentGiver[];

  @Column({ name: 'legal_ground', type: 'varchar', length: 40, nullable: true })
  legalGround!: LegalGround | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ name: 'given_on', type: 'date' })
  givenOn!: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_consent_recorded_by' })
  recorder!: UserEntity;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_reason', type: 'varchar', length: 1000, nullable: true })
  withdrawnReason!: string | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'withdrawn_by', foreignKeyConstraintName: 'fk_consent_withdrawn_by' })
  withdrawer!: UserEntity | null;

  @VersionColumn()
  version!: number;
}
