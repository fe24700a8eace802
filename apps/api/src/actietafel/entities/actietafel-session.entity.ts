import type { MinutesResponse, SessionState } from '@sluitend/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { RegionEntity } from '../../regions/entities/region.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { SessionInviteeEntity } from './session-invitee.entity';

/** A case session of a region's Actietafel. Its state changes only by the domain's session rules. */
@Entity({ name: 'actietafel_session' })
@Index('ix_actietafel_session_region_starts', ['regionId', 'startsAt'])
@Check('ck_actietafel_session_times', `"ends_at" > "starts_at"`)
export class ActietafelSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_actietafel_session' })
  id!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_actietafel_session_region' })
  region!: RegionEntity;

  @Column({ type: 'varchar', length: 20, default: 'planned' })
  state!: SessionState;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location!: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Column({ name: 'chair_user_id', type: 'uuid' })
  chairUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_user_id', foreignKeyConstraintName: 'fk_actietafel_session_chair' })
  chair!: UserEntity;

  @Column({ name: 'minute_taker_user_id', type: 'uuid', nullable: true })
  minuteTakerUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'minute_taker_user_id', foreignKeyConstraintName: 'fk_actietafel_session_minute_taker' })
  minuteTaker!: UserEntity | null;

  @Column({ name: 'agenda_sent_at', type: 'timestamptz', nullable: true })
  agendaSentAt!: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  endedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'ended_by', foreignKeyConstraintName: 'fk_actietafel_session_ended_by' })
  ender!: UserEntity | null;

  /** The minutes as generated when the session ended; never changed afterwards. */
  @Column({ type: 'jsonb', nullable: true })
  minutes!: MinutesResponse | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_actietafel_session_created_by' })
  creator!: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;

  @OneToMany(() => SessionInviteeEntity, (invitee) => invitee.session)
  invitees!: SessionInviteeEntity[];

  @OneToMany(() => AgendaItemEntity, (item) => item.session)
  agenda!: AgendaItemEntity[];
}
