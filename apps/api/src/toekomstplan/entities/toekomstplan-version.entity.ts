import type { ToekomstplanContent } from '@sluitend/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CaseEntity } from '../../cases/entities/case.entity';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * Every save is a new row; nothing is ever overwritten. The unique (case, number) pair is what
 * makes two simultaneous saves on the same base collide: only one can claim number n+1.
 */
@Entity({ name: 'toekomstplan_version' })
@Unique('uq_toekomstplan_version_number', ['caseId', 'number'])
@Check('ck_toekomstplan_version_reason', `"reason" IN ('save', 'action-status')`)
export class ToekomstplanVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_toekomstplan_version' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_toekomstplan_version_case' })
  case!: CaseEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ name: 'based_on', type: 'integer', nullable: true })
  basedOn!: number | null;

  @Column({ type: 'varchar', length: 20 })
  reason!: 'save' | 'action-status';

  @Column({ type: 'jsonb' })
  content!: ToekomstplanContent;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_toekomstplan_version_created_by' })
  creator!: UserEntity;
}
