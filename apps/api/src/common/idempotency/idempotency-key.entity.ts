import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * One `Idempotency-Key` of one user: claimed before the request runs (an in-flight row without a response), then
 * holding the first successful response so a repeat gets that answer instead of a second resource. In Postgres so
 * that every API instance sees the same keys. The key itself is kept only as a SHA-256 digest.
 */
@Entity({ name: 'idempotency_key' })
@Index('ix_idempotency_key_expires_at', ['expiresAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_idempotency_key' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_idempotency_key_user' })
  user!: UserEntity;

  @PrimaryColumn({ name: 'key_hash', type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_idempotency_key' })
  keyHash!: string;

  /** SHA-256 over method, path and body: the same key with another request is refused (422). */
  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  /** Null while the first request is still running. */
  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_headers', type: 'jsonb', nullable: true })
  responseHeaders!: Record<string, string> | null;

  /** The JSON body as sent, encrypted with a key derived from the Idempotency-Key (which only the client holds). */
  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
