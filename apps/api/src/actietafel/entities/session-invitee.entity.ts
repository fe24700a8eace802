import type { Attendance, Sector } from '@sluitend/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { ActietafelSessionEntity } from './actietafel-session.entity';

/** A member invited to a session for a sector, and whether they came. */
@Entity({ name: 'session_invitee' })
@Index('ix_session_invitee_user', ['userId'])
export class SessionInviteeEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'pk_session_invitee' })
  sessionId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_session_invitee' })
  userId!: string;

  @ManyToOne(() => ActietafelSessionEntity, (session) => session.invitees, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_invitee_session' })
  session!: ActietafelSessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_session_invitee_user' })
  user!: UserEntity;

  @Column({ type: 'varchar', length: 30 })
  sector!: Sector;

  @Column({ type: 'varchar', length: 20, nullable: true })
  attendance!: Attendance | null;

  @Column({ name: 'substitute_name', type: 'varchar', length: 200, nullable: true })
  substituteName!: string | null;
}
