import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../../cases/entities/case.entity';
import { UserEntity } from '../../users/entities/user.entity';

/** Break-the-glass: read access for one professional to one case, for a few hours, with the reason stated. */
@Entity({ name: 'emergency_access' })
@Index('ix_emergency_access_case_user', ['caseId', 'userId', 'expiresAt'])
@Index('ix_emergency_access_user', ['userId', 'grantedAt'])
export class EmergencyAccessEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_emergency_access' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_emergency_access_case' })
  case!: CaseEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_emergency_access_user' })
  user!: UserEntity;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
