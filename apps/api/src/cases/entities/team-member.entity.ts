import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { CaseEntity } from './case.entity';

@Entity({ name: 'case_team_member' })
@Unique('uq_case_team_member_user', ['caseId', 'userId'])
// At most one casusregisseur per case; the service keeps it at exactly one.
@Index('uq_case_team_member_casusregisseur', ['caseId'], { unique: true, where: '"is_casusregisseur"' })
@Index('ix_case_team_member_user', ['userId', 'caseId'])
export class TeamMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_team_member' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_team_member_case' })
  case!: CaseEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_case_team_member_user' })
  user!: UserEntity;

  @Column({ type: 'varchar', length: 100 })
  part!: string;

  @Column({ name: 'is_casusregisseur', type: 'boolean', default: false })
  isCasusregisseur!: boolean;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
