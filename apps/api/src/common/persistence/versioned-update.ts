import { HttpStatus } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ProblemException } from '../problem/problem.exception';

/**
 * A write that only succeeds against the version the editor saw.
 * TypeORM's @VersionColumn with save() does not add `WHERE version = …` (typeorm #2949),
 * so the condition is written here and exactly one changed row is required.
 */
export async function updateWithVersion<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  resourceName: string,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  const current = await manager.findOne(target, { where: { id } as never });
  if (!current) {
    throw new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not Found', `${resourceName} ${id} does not exist.`);
  }
  if (result.affected !== 1) {
    throw new ProblemException(
      HttpStatus.CONFLICT,
      'version-conflict',
      'Conflict',
      `${resourceName} was changed by someone else (now version ${current.version}, you had ${expectedVersion}). Reload and apply your change again.`,
      { currentVersion: current.version },
    );
  }
  return current;
}
