import type { NetworkRelation } from '@sluitend/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/** The informal network: parents, guardians, a JIM, family, friends. */
@Entity({ name: 'case_network_member' })
@Check('ck_case_network_member_relation', `"relation" IN ('parent', 'guardian', 'jim', 'family', 'friend', 'other')`)
export class NetworkMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_case_network_member' })
  id!: string;

  @Index('ix_case_network_member_case')
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_network_member_case' })
  case!: CaseEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  relation!: NetworkRelation;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
