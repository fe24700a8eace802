import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * Sign-in bookkeeping, apart from app_user: a sign-in writes here, so it never bumps the version an admin's
 * edit of the user is checked against (which made an edit racing a sign-in fail with a spurious 409).
 * Failure counts and locks live in Redis (login-throttle.service.ts), shared by every API instance.
 */
@Entity({ name: 'user_sign_in' })
export class UserSignInEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_user_sign_in' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_sign_in_user' })
  user!: UserEntity;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz' })
  lastSignInAt!: Date;
}
