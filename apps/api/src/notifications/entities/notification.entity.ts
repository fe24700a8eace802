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

/**
 * An in-app message to one user about one thing (`kind` + `subject_id` is unique per user, so telling twice
 * stores once). Holds no personal data of a jongere: a title, and a link to where the access policy decides.
 */
@Entity({ name: 'notification' })
@Unique('uq_notification_user_kind_subject', ['userId', 'kind', 'subjectId'])
@Index('ix_notification_user_created', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_user' })
  user!: UserEntity;

  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** A path of the web app, e.g. `/actietafel/sessions/…/minutes`. */
  @Column({ type: 'varchar', length: 300 })
  link!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
