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
} from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

export const MAIL_STATUSES = ['pending', 'digest', 'sent', 'skipped', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * An in-app message to one user about one thing (`kind` + `subject_id` is unique per user, so telling twice
 * stores once). Holds no personal data of a jongere: a title, and a link to where the access policy decides.
 */
@Entity({ name: 'notification' })
@Unique('uq_notification_user_kind_subject', ['userId', 'kind', 'subjectId'])
@Index('ix_notification_user_created', ['userId', 'createdAt'])
@Check('ck_notification_mail_status', `"mail_status" IN ('pending', 'digest', 'sent', 'skipped', 'failed')`)
// The mail sender's two queries: immediate mails waiting (few at any time), and rows waiting for a digest.
@Index('ix_notification_mail_pending', ['createdAt'], { where: `"mail_status" = 'pending'` })
@Index('ix_notification_mail_digest', ['userId', 'createdAt'], { where: `"mail_status" = 'digest'` })
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

  /**
   * Where its e-mail stands: `pending` (to be mailed on its own), `digest` (waits for the daily digest),
   * `sent`, `skipped` (the user wants no mail, or is inactive) or `failed` (gave up). NotificationsService.notify
   * decides it from the recipient's preference; a row written any other way is never mailed, hence the default.
   */
  @Column({ name: 'mail_status', type: 'varchar', length: 20, default: 'skipped' })
  mailStatus!: MailStatus;

  /** Tries of its own mail so far; after MAX_MAIL_ATTEMPTS failed ones it is given up (`failed`). */
  @Column({ name: 'mail_attempts', type: 'int', default: 0 })
  mailAttempts!: number;

  /** Null: send now; otherwise not before (the back-off after a transient failure). */
  @Column({ name: 'mail_next_attempt_at', type: 'timestamptz', nullable: true })
  mailNextAttemptAt!: Date | null;

  @Column({ name: 'mail_sent_at', type: 'timestamptz', nullable: true })
  mailSentAt!: Date | null;

  /** Why the last try failed: an error code (e.g. `ECONNECTION`, `EENVELOPE 550`), never an address. */
  @Column({ name: 'mail_error', type: 'varchar', length: 100, nullable: true })
  mailError!: string | null;
}
