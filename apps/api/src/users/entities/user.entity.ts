import type { MailPreference, Role } from '@sluitend/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

@Entity({ name: 'app_user' })
@Unique('uq_app_user_email', ['email'])
@Check(
  'ck_app_user_roles',
  `"roles" <@ ARRAY['professional', 'actietafel-coordinator', 'actietafel-chair', 'actietafel-member', 'admin', 'privacy-officer']::varchar[] AND cardinality("roles") > 0`,
)
@Check('ck_app_user_email_lower', `"email" = lower("email")`)
@Check('ck_app_user_mail_preference', `"mail_preference" IN ('immediate', 'daily-digest', 'off')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_app_user' })
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Index('ix_app_user_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_app_user_organisation' })
  organisation!: OrganisationEntity;

  @Column({ type: 'varchar', array: true })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /**
   * How notifications reach this user by e-mail (the bell shows them all regardless). The default is the
   * domain's DEFAULT_MAIL_PREFERENCE, written out: entities import only types from the domain library.
   */
  @Column({ name: 'mail_preference', type: 'varchar', length: 20, default: 'immediate' satisfies MailPreference })
  mailPreference!: MailPreference;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
