import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * What was erased, when, why and by whom: ids and counts, never content. Kept after the case itself is gone,
 * so the region can account for every erasure (on request or by the retention term).
 */
@Entity({ name: 'erasure_record' })
@Index('ix_erasure_record_erased_at', ['erasedAt'])
export class ErasureRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_erasure_record' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: 'request' | 'retention';

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ name: 'erased_by', type: 'uuid', nullable: true })
  erasedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'erased_by', foreignKeyConstraintName: 'fk_erasure_record_erased_by' })
  eraser!: UserEntity | null;

  @Column({ name: 'erased_at', type: 'timestamptz' })
  erasedAt!: Date;

  /** Row counts per kind of record removed, e.g. { toekomstplanVersions: 4 }. */
  @Column({ type: 'jsonb' })
  removed!: Record<string, number>;
}
